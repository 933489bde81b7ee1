import type { Lang } from './lang';

/** Where a problem is, in the terms the user sees: a file row and column, or a sheet cell, or a profile field. */
export interface Where {
  file?: string;
  /** 1-based row as a spreadsheet shows it (the header is row 1). */
  row?: number;
  /** Column letter as a spreadsheet shows it (A, B, ...). */
  column?: string;
  /** Column header or field name. */
  field?: string;
  sheet?: string;
  cell?: string;
  applicant?: string;
}

export type Severity = 'error' | 'warning';

/** A message as a code with parameters; the UI or CLI turns it into Chinese or English. */
export interface Problem {
  code: string;
  params?: Record<string, string | number>;
  where?: Where;
  severity?: Severity;
}

export type MessageText = (p: Record<string, string | number>) => string;
export type MessageCatalog = Record<string, { zh: MessageText; en: MessageText }>;

export function problem(code: string, params?: Record<string, string | number>, where?: Where): Problem {
  const p: Problem = { code };
  if (params) p.params = params;
  if (where) p.where = where;
  return p;
}

/** Spreadsheet column letter of a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function formatWhere(w: Where | undefined, lang: Lang): string {
  if (!w) return '';
  const parts: string[] = [];
  if (lang === 'zh') {
    if (w.file) parts.push(`文件 ${w.file}`);
    if (w.sheet) parts.push(`工作表“${w.sheet}”`);
    if (w.cell) parts.push(`单元格 ${w.cell}`);
    if (w.row !== undefined) parts.push(`第 ${w.row} 行`);
    if (w.column) parts.push(`${w.column} 列${w.field ? `（${w.field}）` : ''}`);
    else if (w.field) parts.push(`字段 ${w.field}`);
    if (w.applicant) parts.push(`申报单位 ${w.applicant}`);
    return parts.join(' ');
  }
  if (w.file) parts.push(w.file);
  if (w.sheet) parts.push(`sheet "${w.sheet}"`);
  if (w.cell) parts.push(`cell ${w.cell}`);
  if (w.row !== undefined) parts.push(`row ${w.row}`);
  if (w.column) parts.push(`column ${w.column}${w.field ? ` (${w.field})` : ''}`);
  else if (w.field) parts.push(`field ${w.field}`);
  if (w.applicant) parts.push(`applicant ${w.applicant}`);
  return parts.join(', ');
}
