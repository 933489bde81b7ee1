import ExcelJS from 'exceljs';
import type { CellValue } from '../workbook/plan';
import type { GridSheet } from '../workbook/read';

/** A cell as what it shows: a formula gives its computed result, rich text its plain text, an error its code. */
export function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('error' in v) return String(v.error);
    if ('text' in v) return String((v as { text: unknown }).text);
  }
  return String(v);
}

/** Every sheet of an .xlsx as a grid of values, for core/workbook's reader. */
export async function readXlsxGrids(bytes: Uint8Array): Promise<GridSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: GridSheet[] = [];
  wb.eachSheet((ws) => {
    const cells: Record<string, CellValue> = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // a merged cell's followers repeat the master's value: keep only the master
        if (cell.isMerged && cell.master.address !== cell.address) return;
        // exceljs drops a formula's cached result of 0 from cell.value (a truthiness test); cell.result keeps it
        const v = cell.type === ExcelJS.ValueType.Formula ? cellValue(cell.result as ExcelJS.CellValue) : cellValue(cell.value);
        if (v !== null && v !== '') cells[cell.address] = v;
      });
    });
    out.push({ name: ws.name, cells });
  });
  return out;
}
