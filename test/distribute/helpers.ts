import ExcelJS from 'exceljs';
import { collect, type CollectOptions, type Returned } from '../../core/distribute/collect';
import { distribute } from '../../core/distribute/distribute';
import { buildWorkbook } from '../../core/workbook/build';
import type { Typed, WorkbookInput } from '../../core/workbook/input';
import type { CellValue, Stage } from '../../core/workbook/plan';
import { readWorkbook } from '../../core/workbook/read';
import { readXlsxGrids } from '../../core/xlsx/read';
import { renderXlsx } from '../../core/xlsx/render';

export const NOW = new Date('2025-06-03T02:30:00Z'); // 10:30 in Shanghai

export async function masterBytes(input: WorkbookInput, typed: Typed = {}): Promise<Uint8Array> {
  return renderXlsx(buildWorkbook(input, typed));
}

/** Edit a workbook the way a person does, through a spreadsheet library: `edit` gets the exceljs workbook. */
export async function alter(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  await edit(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Type values into cells of one sheet. */
export function typeCells(sheet: string, values: Record<string, CellValue>) {
  return (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    for (const [cell, v] of Object.entries(values)) ws.getCell(cell).value = v;
  };
}

export async function filesFor(master: Uint8Array, stage: Stage) {
  const d = await distribute(master, stage);
  if (d.problems.length) throw new Error(JSON.stringify(d.problems));
  return d.files;
}

export const opts = (o: Partial<CollectOptions> = {}): CollectOptions => ({ confirm: false, now: NOW, ...o });

export async function collectAll(master: Uint8Array, files: Returned[], o: Partial<CollectOptions> = {}) {
  return collect(master, files, opts(o));
}

/** What the master holds, by meaning: an independent second reading of the written file. */
export async function typedOf(bytes: Uint8Array, input: WorkbookInput): Promise<Typed> {
  const grids = await readXlsxGrids(bytes);
  return readWorkbook(buildWorkbook(input), grids, input.profile).typed;
}

export const eq = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.from(a).equals(Buffer.from(b));
