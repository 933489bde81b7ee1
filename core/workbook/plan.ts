/**
 * A workbook as plain data: what each sheet holds, cell by cell, with formulas, validation, formats and protection.
 * No file format and no Office.js here, so the .xlsx writer (core/xlsx) and the add-in render the same plans.
 * Formulas are written without the leading "=" in Excel's English syntax with plain function names (RANK, not
 * _xlfn.RANK.EQ): a renderer adds whatever prefix its target needs.
 */

import { columnLetter } from '../i18n/problem';

export type CellValue = string | number | boolean | null;

export interface CellPlan {
  value?: CellValue;
  formula?: string;
  /** Key into WorkbookPlan.styles. */
  style?: string;
  numFmt?: string;
  /** Cells are locked unless this is false: only entry cells are unlocked. */
  locked?: boolean;
}

export interface StylePlan {
  bold?: boolean;
  size?: number;
  /** RGB hex without '#'. */
  fill?: string;
  color?: string;
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle';
  border?: boolean;
}

/** A rule on one contiguous range; `formula` of a custom rule is relative to the range's top-left cell. */
export interface ValidationPlan {
  range: string;
  rule:
    | { type: 'custom'; formula: string }
    | { type: 'decimal'; min: number; max: number }
    | { type: 'list'; values: string[] };
  /** Input message shown when the cell is selected (Excel allows 255 characters). */
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

/** Highlight cells of `range` where `formula` (relative to the top-left cell) is true. */
export interface ConditionalFormatPlan {
  range: string;
  formula: string;
  style: string;
}

export interface PrintPlan {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  fitToWidth: number;
  /** 0 = as many pages as needed. */
  fitToHeight: number;
  /** A fixed zoom in percent instead of fitting: wide sheets then break into readable pages. */
  scale?: number;
  area?: string;
  /** Rows repeated on every printed page, e.g. "4:4". */
  titleRows?: string;
  /** Columns repeated on every printed page, e.g. "A:D". */
  titleColumns?: string;
}

export type SheetKind = 'setup' | 'roster' | 'eligibility' | 'score' | 'consensus' | 'defense' | 'results';
export type Stage = 'material' | 'site';

/** What an entry cell holds, so a reader finds it again whatever the layout. */
export type InputRef =
  | { kind: 'score'; cell: string; stage: Stage; reviewerId: string; applicantId: string; item: string }
  | { kind: 'comment'; cell: string; stage: Stage; reviewerId: string; applicantId: string; item: string }
  | { kind: 'override'; cell: string; stage: Stage; applicantId: string; item: string }
  | { kind: 'reason'; cell: string; stage: Stage; applicantId: string; item: string }
  | { kind: 'defense'; cell: string; scorer: number; applicantId: string }
  | { kind: 'scorer'; cell: string; scorer: number };

/** What a formula cell computes, so a test (or a reader) can compare it with core. */
export interface OutputRef {
  cell: string;
  what: string;
  applicantId?: string;
  reviewerId?: string;
  item?: string;
  category?: string;
}

/** A cell that must still hold this text: if it does not, a column or row was moved. */
export interface AnchorRef {
  cell: string;
  text: string;
}

export interface SheetPlan {
  /** Stable key ("score:material:R01") that survives a change of language or name. */
  key: string;
  kind: SheetKind;
  name: string;
  cells: Record<string, CellPlan>;
  merges: string[];
  /** 1-based column index -> width in characters. */
  columnWidths: Record<number, number>;
  hiddenColumns: number[];
  rowHeights: Record<number, number>;
  freeze?: { rows: number; columns: number };
  validations: ValidationPlan[];
  conditionalFormats: ConditionalFormatPlan[];
  /** null = not protected. Without a password: the point is to guard formulas from slips, not from people. */
  protection: null | { password?: string };
  /** Sheets kept out of sight (a reviewer file's identity, a frozen copy); absent = visible. */
  visibility?: 'hidden' | 'veryHidden';
  print: PrintPlan;
  inputs: InputRef[];
  outputs: OutputRef[];
  anchors: AnchorRef[];
}

export interface WorkbookPlan {
  styles: Record<string, StylePlan>;
  sheets: SheetPlan[];
}

export function emptySheet(key: string, kind: SheetKind, name: string): SheetPlan {
  return {
    key,
    kind,
    name,
    cells: {},
    merges: [],
    columnWidths: {},
    hiddenColumns: [],
    rowHeights: {},
    validations: [],
    conditionalFormats: [],
    protection: {},
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 },
    inputs: [],
    outputs: [],
    anchors: [],
  };
}

/** Column letter of a 1-based column: 1 -> A, 27 -> AA. */
export function col(n: number): string {
  return columnLetter(n - 1);
}

export function addr(row: number, column: number): string {
  return `${col(column)}${row}`;
}

/** 1-based row and column of an A1 address. */
export function parseAddr(a: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a);
  if (!m) throw new Error(`not a cell address: ${a}`);
  let c = 0;
  for (const ch of m[1]!) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column: c };
}

/** A sheet name as a formula reference: always quoted, quotes doubled. */
export function sheetRef(name: string, cell: string): string {
  return `'${name.replace(/'/g, "''")}'!${cell}`;
}

export function setCell(sheet: SheetPlan, row: number, column: number, cell: CellPlan): string {
  const a = addr(row, column);
  sheet.cells[a] = cell;
  return a;
}
