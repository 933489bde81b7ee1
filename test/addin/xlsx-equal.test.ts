import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildStage, buildConsensus, startYear } from '../../addin/excel/commands';
import { buildWorkbook } from '../../core/workbook/build';
import { toFileFormula } from '../../core/xlsx/formula';
import { readXlsxGrids } from '../../core/xlsx/read';
import { planToExcel, renderXlsx } from '../../core/xlsx/render';
import { fakeHost, FakeWorkbook } from './fake-excel';
import { yearInput } from './fixtures';

// The command line writes .xlsx through core/xlsx; the add-in writes through Office.js. Same input, same cells.
describe('the workbook built through the add-in equals the .xlsx of core/xlsx', () => {
  it('cell by cell: values, formulas, locked cells and data validation of every sheet the add-in built', async () => {
    const input = yearInput(3, 3, { groups: false });
    const wb = new FakeWorkbook();
    const host = fakeHost(wb);
    await startYear(host, input);
    await buildStage(host, 'material');
    await buildStage(host, 'site');
    await buildConsensus(host, 'material');
    const plan = buildWorkbook(input);
    const xl = await planToExcel(plan);
    const grids = new Map((await readXlsxGrids(await renderXlsx(plan))).map((g) => [g.name, g.cells]));
    const built = plan.sheets.filter((s) => wb.sheet(s.name));
    expect(built.length).toBe(2 + 6 + 1);
    for (const sp of built) {
      const fake = wb.sheet(sp.name)!;
      const ws = xl.getWorksheet(sp.name)!;
      const mismatches: string[] = [];
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (cell) => {
          if (cell.isMerged && cell.master.address !== cell.address) return;
          const f = fake.cells.get(cell.address);
          const v = cell.value as ExcelJS.CellValue;
          if (v && typeof v === 'object' && 'formula' in v) {
            if (!f?.formula || toFileFormula(f.formula.slice(1)) !== v.formula) mismatches.push(`${cell.address} formula`);
          } else if (v !== null && (f?.value ?? '') !== v) mismatches.push(`${cell.address} value ${String(v)} / ${String(f?.value)}`);
          const xlLocked = cell.protection?.locked !== false;
          if ((f?.locked ?? true) !== xlLocked) mismatches.push(`${cell.address} locked`);
        }),
      );
      // the reader of core/xlsx sees the same values the fake holds (formulas: no cached result in either)
      const g = grids.get(sp.name) ?? {};
      for (const [a, v] of Object.entries(g)) if (fake.cells.get(a)?.value !== v) mismatches.push(`${a} read back`);
      // validations: the same ranges with the same rule formulas
      const model = (ws as unknown as { dataValidations: { model: Record<string, { formulae: unknown[] }> } }).dataValidations.model;
      const xv = Object.entries(model)
        .map(([range, d]) => `${range} ${String(d.formulae[0])}`)
        .sort();
      const fv = fake.validations.map((v) => `${v.address} ${toFileFormula(((v.rule as { custom: { formula: string } }).custom.formula).slice(1))}`).sort();
      expect(fv, sp.name).toEqual(xv);
      if (sp.kind === 'score') expect(fv.length, sp.name).toBe(sp.validations.length);
      expect(fv.length).toBe(sp.validations.length);
      expect(mismatches, sp.name).toEqual([]);
    }
  });
});
