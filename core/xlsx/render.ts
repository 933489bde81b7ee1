import ExcelJS from 'exceljs';
import type { CellPlan, StylePlan, WorkbookPlan } from '../workbook/plan';
import { toFileFormula } from './formula';

const argb = (hex: string) => ({ argb: `FF${hex}` });
const THIN = { style: 'thin' as const, color: argb('999999') };

function applyStyle(cell: ExcelJS.Cell, st: StylePlan | undefined, plan: CellPlan): void {
  if (st) {
    const font: Partial<ExcelJS.Font> = {};
    if (st.bold) font.bold = true;
    if (st.size) font.size = st.size;
    if (st.color) font.color = argb(st.color);
    if (Object.keys(font).length) cell.font = font;
    if (st.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(st.fill) };
    const al: Partial<ExcelJS.Alignment> = {};
    if (st.wrap) al.wrapText = true;
    if (st.align) al.horizontal = st.align;
    if (st.valign) al.vertical = st.valign;
    if (Object.keys(al).length) cell.alignment = al;
    if (st.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  }
  if (plan.numFmt) cell.numFmt = plan.numFmt;
  if (plan.locked === false) cell.protection = { locked: false };
}

/** Build the exceljs workbook of a plan (kept separate from writing so tests can inspect it). */
export async function planToExcel(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Scorebook';
  // formulas carry no cached values: ask every program to compute them when the file opens
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const sp of plan.sheets) {
    const ws = wb.addWorksheet(sp.name);
    if (sp.visibility) ws.state = sp.visibility;
    for (const [c, w] of Object.entries(sp.columnWidths)) ws.getColumn(Number(c)).width = w;
    for (const c of sp.hiddenColumns) ws.getColumn(c).hidden = true;
    for (const [r, h] of Object.entries(sp.rowHeights)) ws.getRow(Number(r)).height = h;
    for (const [a, cp] of Object.entries(sp.cells)) {
      const cell = ws.getCell(a);
      if (cp.formula !== undefined) cell.value = { formula: toFileFormula(cp.formula) } as ExcelJS.CellFormulaValue;
      else if (cp.value !== undefined && cp.value !== null) cell.value = cp.value;
      applyStyle(cell, cp.style ? plan.styles[cp.style] : undefined, cp);
    }
    for (const m of sp.merges) ws.mergeCells(m);
    for (const v of sp.validations) {
      const common = {
        allowBlank: true,
        showInputMessage: true,
        showErrorMessage: true,
        promptTitle: v.prompt.title,
        prompt: v.prompt.message,
        errorTitle: v.error.title,
        error: v.error.message,
        errorStyle: 'stop',
      };
      const rule: ExcelJS.DataValidation =
        v.rule.type === 'custom'
          ? { type: 'custom', formulae: [toFileFormula(v.rule.formula)], ...common }
          : v.rule.type === 'decimal'
            ? { type: 'decimal', operator: 'between', formulae: [v.rule.min, v.rule.max], ...common }
            : { type: 'list', formulae: [`"${v.rule.values.join(',')}"`], ...common };
      // exceljs has range validations but leaves them out of its type declarations
      (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, rule);
    }
    let priority = 1;
    for (const cf of sp.conditionalFormats) {
      const st = plan.styles[cf.style] ?? {};
      const style: Partial<ExcelJS.Style> = {};
      if (st.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: argb(st.fill) };
      if (st.color) style.font = { color: argb(st.color) };
      ws.addConditionalFormatting({ ref: cf.range, rules: [{ type: 'expression', priority: priority++, formulae: [toFileFormula(cf.formula)], style }] });
    }
    if (sp.freeze) ws.views = [{ state: 'frozen', xSplit: sp.freeze.columns, ySplit: sp.freeze.rows }];
    const ps: Partial<ExcelJS.PageSetup> = {
      paperSize: 9, // A4
      orientation: sp.print.orientation,
      ...(sp.print.scale
        ? { fitToPage: false, scale: sp.print.scale }
        : { fitToPage: true, fitToWidth: sp.print.fitToWidth, fitToHeight: sp.print.fitToHeight }),
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    };
    if (sp.print.area) ps.printArea = sp.print.area;
    if (sp.print.titleRows) ps.printTitlesRow = sp.print.titleRows;
    if (sp.print.titleColumns) ps.printTitlesColumn = sp.print.titleColumns;
    ws.pageSetup = ps;
    if (sp.protection) {
      await ws.protect(sp.protection.password ?? '', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
      });
    }
  }
  return wb;
}

/** The plan as .xlsx bytes. */
export async function renderXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const wb = await planToExcel(plan);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
