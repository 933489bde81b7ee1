import type { CellPlan, SheetPlan, WorkbookPlan } from '../../core/workbook/plan';
import type { GridSheet } from '../../core/workbook/read';

/** One sheet alone with its formulas replaced by the values an engine computed: a print copy for a picture. */
export function printCopy(plan: WorkbookPlan, sheetKey: string, grids: readonly GridSheet[]): WorkbookPlan {
  const sp = plan.sheets.find((s) => s.key === sheetKey)!;
  const g = grids.find((x) => x.name === sp.name)!;
  const cells: Record<string, CellPlan> = {};
  for (const [a, c] of Object.entries(sp.cells)) {
    const { formula, ...rest } = c;
    cells[a] = formula === undefined ? c : { ...rest, value: g.cells[a] ?? null };
  }
  const copy: SheetPlan = { ...sp, cells, validations: [], conditionalFormats: [] };
  return { styles: plan.styles, sheets: [copy] };
}
