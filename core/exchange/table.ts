import { columnLetter, problem, type Problem } from '../i18n/problem';
import { normaliseTyped } from '../scoring/entry';

/** One column of a CSV contract: its code, the labels a person may write instead, and whether it must be there. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  labels: readonly string[];
  required: boolean;
}

export interface TableRecord<K extends string> {
  /** 1-based row as a spreadsheet shows it (the header is row 1). */
  row: number;
  values: Partial<Record<K, string>>;
  /** Column letter of each key, to locate a problem. */
  columns: Partial<Record<K, string>>;
}

export interface Table<K extends string> {
  records: TableRecord<K>[];
  /** Keys present in the header. */
  present: Set<K>;
  problems: Problem[];
  notices: Problem[];
}

/** Header cells compare after NFKC (full-width to half-width), trimming and lower-casing. */
export function normaliseHeader(h: string): string {
  return normaliseTyped(h).toLowerCase();
}

export interface TableReader<K extends string> {
  /** Feed one row of cells (1-based spreadsheet row); the first non-blank row is the header. */
  push(cells: readonly string[], row: number): TableRecord<K> | null;
  /**
   * Like push, without building a record: true when the row is a data row, whose cells are then read by the column
   * index of each key (`columnIndex`). For files of a million rows.
   */
  accept(cells: readonly string[], row: number): boolean;
  /** The cell index of each key present in the header (empty until the header has been seen). */
  readonly columnIndex: Partial<Record<K, number>>;
  /** The table so far; missing columns are reported once the header has been seen (or when there was none). */
  finish(): Table<K>;
}

/**
 * Map the header of a stream of rows to a contract, then give every non-blank row as a record. Unknown columns are
 * ignored with a notice; missing required columns are problems that name the file.
 */
export function tableReader<K extends string>(spec: readonly ColumnSpec<K>[], file?: string, keep = true): TableReader<K> {
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  const records: TableRecord<K>[] = [];
  const where = (row?: number, col?: number, field?: string) => {
    const w: { file?: string; row?: number; column?: string; field?: string } = {};
    if (file !== undefined) w.file = file;
    if (row !== undefined) w.row = row;
    if (col !== undefined) w.column = columnLetter(col);
    if (field !== undefined) w.field = field;
    return w;
  };
  const lookup = new Map<string, ColumnSpec<K>>();
  for (const s of spec) for (const l of [s.key, ...s.labels]) lookup.set(normaliseHeader(l), s);
  const colOf = new Map<K, number>();
  const columns: Partial<Record<K, string>> = {};
  let pairs: [K, number][] | null = null;
  const header = (cells: readonly string[], row: number) => {
    cells.forEach((raw, i) => {
      const h = i === 0 ? raw.replace(/^\uFEFF/, '') : raw;
      const s = lookup.get(normaliseHeader(h));
      if (!s) {
        if (h.trim() !== '') notices.push(problem('TABLE_UNKNOWN_COLUMN', { column: h.trim() }, where(row, i)));
        return;
      }
      if (colOf.has(s.key)) problems.push(problem('TABLE_DUPLICATE_COLUMN', { column: h.trim() }, where(row, i)));
      else colOf.set(s.key, i);
    });
    const expected = spec.filter((s) => s.required).map((s) => s.key).join(', ');
    for (const s of spec) if (s.required && !colOf.has(s.key)) problems.push(problem('TABLE_MISSING_COLUMN', { column: s.key, expected }, where(row)));
    for (const [k, i] of colOf) columns[k] = columnLetter(i);
    pairs = [...colOf];
  };
  const columnIndex: Partial<Record<K, number>> = {};
  const accept = (cells: readonly string[], row: number): boolean => {
    let blank = true;
    for (let i = 0; i < cells.length && blank; i++) if ((cells[i] as string).trim() !== '') blank = false;
    if (blank) return false;
    if (pairs === null) {
      header(cells, row);
      for (const [k, i] of colOf) columnIndex[k] = i;
      return false;
    }
    return true;
  };
  return {
    columnIndex,
    accept,
    push(cells, row) {
      if (!accept(cells, row)) return null;
      const values: Partial<Record<K, string>> = {};
      const kept = pairs as [K, number][];
      for (let j = 0; j < kept.length; j++) {
        const [k, i] = kept[j]!;
        values[k] = (cells[i] ?? '').trim();
      }
      const rec = { row, values, columns };
      if (keep) records.push(rec);
      return rec;
    },
    finish() {
      if (pairs === null) problems.push(problem('TABLE_EMPTY', undefined, where()));
      return { records, present: new Set(colOf.keys()), problems, notices };
    },
  };
}

/** A whole grid of cells read against a contract (see tableReader). */
export function readTable<K extends string>(rows: readonly (readonly string[])[], spec: readonly ColumnSpec<K>[], file?: string): Table<K> {
  const reader = tableReader(spec, file);
  rows.forEach((cells, i) => reader.push(cells, i + 1));
  return reader.finish();
}
