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

/**
 * Map the header of a grid of cells to a contract, then give every non-blank row as a record. Unknown columns are
 * ignored with a notice; missing required columns are problems that name the file.
 */
export function readTable<K extends string>(rows: readonly (readonly string[])[], spec: readonly ColumnSpec<K>[], file?: string): Table<K> {
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  const where = (row?: number, col?: number, field?: string) => {
    const w: { file?: string; row?: number; column?: string; field?: string } = {};
    if (file !== undefined) w.file = file;
    if (row !== undefined) w.row = row;
    if (col !== undefined) w.column = columnLetter(col);
    if (field !== undefined) w.field = field;
    return w;
  };
  let headerAt = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerAt < 0) return { records: [], present: new Set(), problems: [problem('TABLE_EMPTY', undefined, where())], notices };
  const header = rows[headerAt]!.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
  const lookup = new Map<string, ColumnSpec<K>>();
  for (const s of spec) for (const l of [s.key, ...s.labels]) lookup.set(normaliseHeader(l), s);
  const colOf = new Map<K, number>();
  header.forEach((h, i) => {
    const s = lookup.get(normaliseHeader(h));
    if (!s) {
      if (h.trim() !== '') notices.push(problem('TABLE_UNKNOWN_COLUMN', { column: h.trim() }, where(headerAt + 1, i)));
      return;
    }
    if (colOf.has(s.key)) problems.push(problem('TABLE_DUPLICATE_COLUMN', { column: h.trim() }, where(headerAt + 1, i)));
    else colOf.set(s.key, i);
  });
  const expected = spec.filter((s) => s.required).map((s) => s.key).join(', ');
  for (const s of spec) if (s.required && !colOf.has(s.key)) problems.push(problem('TABLE_MISSING_COLUMN', { column: s.key, expected }, where(headerAt + 1)));
  const records: TableRecord<K>[] = [];
  const columns: Partial<Record<K, string>> = {};
  for (const [k, i] of colOf) columns[k] = columnLetter(i);
  for (let r = headerAt + 1; r < rows.length; r++) {
    const cells = rows[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    const values: Partial<Record<K, string>> = {};
    for (const [k, i] of colOf) values[k] = (cells[i] ?? '').trim();
    records.push({ row: r + 1, values, columns });
  }
  return { records, present: new Set(colOf.keys()), problems, notices };
}
