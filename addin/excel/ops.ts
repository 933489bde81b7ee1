import type { CellValue, ConditionalFormatPlan, PrintPlan, SheetPlan, StylePlan, ValidationPlan, WorkbookPlan } from '../../core/workbook/plan';
import { boundsOf, rectAddress, rectsOf } from './rects';

/**
 * What the add-in asks of Excel, as plain data: a renderer turns a sheet plan into these, a chunker splits them into
 * requests under Excel on the web's 5 MB, and apply.ts is the one place that turns each into Office.js calls.
 */
export type WriteOp =
  | { t: 'addSheet'; sheet: string }
  /** Empty an existing sheet in place: other sheets' formulas that point into it keep working. */
  | { t: 'clearSheet'; sheet: string }
  | { t: 'copySheet'; sheet: string; as: string }
  | { t: 'cells'; sheet: string; address: string; data: CellValue[][] }
  | { t: 'numberFormat'; sheet: string; address: string; format: string }
  | { t: 'style'; sheet: string; address: string; style: StylePlan }
  /** One look of a style (its border, its fill...) over a rectangle: a table's borders are then one call, not one per cell. */
  | { t: 'format'; sheet: string; address: string; prop: keyof StylePlan; value: string | number | boolean }
  | { t: 'unlock'; sheet: string; address: string }
  | { t: 'merge'; sheet: string; address: string }
  | { t: 'columnWidth'; sheet: string; column: number; chars: number }
  | { t: 'hideColumn'; sheet: string; column: number }
  | { t: 'rowHeight'; sheet: string; row: number; points: number }
  | { t: 'validation'; sheet: string; v: ValidationPlan }
  | { t: 'conditionalFormat'; sheet: string; cf: ConditionalFormatPlan; style: StylePlan }
  | { t: 'freeze'; sheet: string; rows: number; columns: number }
  | { t: 'print'; sheet: string; print: PrintPlan }
  | { t: 'protect'; sheet: string }
  | { t: 'hide'; sheet: string; very?: boolean }
  | { t: 'activate'; sheet: string };

const STYLE_PROPS: readonly (keyof StylePlan)[] = ['bold', 'size', 'color', 'fill', 'wrap', 'align', 'valign', 'border'];

/** Rows of cell data per request piece: keeps any one op small enough for the chunker to balance requests. */
const ROWS_PER_PIECE = 8;

/** Excel turns text that looks like a number into a number (and an 18-digit credit code into 9.1E+17): keep it text. */
export function looksNumeric(s: string): boolean {
  return /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*%?\s*$/.test(s) || /^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/.test(s);
}

/** The cell as Office.js `formulas` takes it: "=" before a formula; text Excel would read as a formula is quoted. */
export function cellInput(c: { value?: CellValue; formula?: string }): CellValue {
  if (c.formula !== undefined) return `=${c.formula}`;
  const v = c.value ?? null;
  if (typeof v === 'string' && /^[=+\-@]/.test(v)) return `'${v}`;
  return v;
}

export interface RenderOptions {
  /** ExcelApi 1.9 (page layout) is available: print setup is written, else left out with a notice. */
  print: boolean;
}

/** Everything that writes one planned sheet, in the order Excel needs it (formats before values, protection last). */
export function sheetOps(sp: SheetPlan, styles: WorkbookPlan['styles'], opts: RenderOptions): WriteOp[] {
  const ops: WriteOp[] = [];
  const name = sp.name;
  for (const [c, w] of Object.entries(sp.columnWidths)) ops.push({ t: 'columnWidth', sheet: name, column: Number(c), chars: w });
  for (const c of sp.hiddenColumns) ops.push({ t: 'hideColumn', sheet: name, column: c });
  for (const [r, h] of Object.entries(sp.rowHeights)) ops.push({ t: 'rowHeight', sheet: name, row: Number(r), points: h });

  const cells = Object.entries(sp.cells);
  const fmts: [string, string][] = [];
  for (const [a, c] of cells) {
    if (c.numFmt) fmts.push([a, c.numFmt]);
    else if (c.formula === undefined && typeof c.value === 'string' && looksNumeric(c.value)) fmts.push([a, '@']);
  }
  for (const r of rectsOf(fmts)) ops.push({ t: 'numberFormat', sheet: name, address: rectAddress(r), format: r.key });
  for (const prop of STYLE_PROPS) {
    const looks: [string, string][] = [];
    for (const [a, c] of cells) {
      const v = c.style ? styles[c.style]?.[prop] : undefined;
      if (v !== undefined && v !== false) looks.push([a, JSON.stringify(v)]);
    }
    for (const r of rectsOf(looks)) ops.push({ t: 'format', sheet: name, address: rectAddress(r), prop, value: JSON.parse(r.key) as string | number | boolean });
  }
  for (const m of sp.merges) ops.push({ t: 'merge', sheet: name, address: m });

  const b = boundsOf(cells.map(([a]) => a));
  if (b) {
    const grid: CellValue[][] = [];
    for (let r = b.top; r <= b.bottom; r++) grid.push(new Array<CellValue>(b.right - b.left + 1).fill(null));
    const index = new Map(cells);
    for (const [a, c] of index) {
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      let column = 0;
      for (const ch of m[1]!) column = column * 26 + ch.charCodeAt(0) - 64;
      grid[Number(m[2]) - b.top]![column - b.left] = cellInput(c);
    }
    // null leaves a cell as it is (Office.js semantics): the sheet was just emptied, so gaps stay empty
    for (let r = b.top; r <= b.bottom; r += ROWS_PER_PIECE) {
      const bottom = Math.min(b.bottom, r + ROWS_PER_PIECE - 1);
      ops.push({ t: 'cells', sheet: name, address: rectAddress({ top: r, left: b.left, bottom, right: b.right }), data: grid.slice(r - b.top, bottom - b.top + 1) });
    }
  }
  const unlocked = cells.filter(([, c]) => c.locked === false).map(([a]) => [a, 'u'] as [string, string]);
  for (const r of rectsOf(unlocked)) ops.push({ t: 'unlock', sheet: name, address: rectAddress(r) });
  for (const v of sp.validations) ops.push({ t: 'validation', sheet: name, v });
  for (const cf of sp.conditionalFormats) ops.push({ t: 'conditionalFormat', sheet: name, cf, style: styles[cf.style] ?? {} });
  if (sp.freeze) ops.push({ t: 'freeze', sheet: name, rows: sp.freeze.rows, columns: sp.freeze.columns });
  if (opts.print) ops.push({ t: 'print', sheet: name, print: sp.print });
  if (sp.protection) ops.push({ t: 'protect', sheet: name });
  // a record sheet (core's frozen entries) or an identity sheet is hidden as the .xlsx has it
  if (sp.visibility) ops.push(sp.visibility === 'veryHidden' ? { t: 'hide', sheet: name, very: true } : { t: 'hide', sheet: name });
  return ops;
}

/** Approximate bytes an op adds to a request: its JSON, which is what Office.js serialises. */
export function opBytes(op: WriteOp): number {
  const json = utf8Length(JSON.stringify(op));
  // Office.js sends one action per property with the object's path: a border is twelve of them, a validation four
  if (op.t === 'format') return op.prop === 'border' ? 12 * (json + 40) : json + 60;
  if (op.t === 'validation' || op.t === 'conditionalFormat') return 1.3 * json + 250;
  if (op.t === 'style') return 16 * (json + 40);
  return json + 60;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}
