import { Decimal } from '../decimal';

export type CsvCell = string | number | Decimal | null | undefined;

// A text cell beginning with one of these is read as a formula by Excel, WPS and LibreOffice (CSV injection).
const FORMULA_START = /^[=+\-@\t\r\n\0]/;

/** Neutralise a text cell that a spreadsheet would take as a formula, by the usual leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function cellText(c: CsvCell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  if (Decimal.isDecimal(c)) return c.toString();
  return neutraliseFormula(c);
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV text of a header and rows. Numbers (and Decimals) are written as numbers; text that starts like a formula is
 * neutralised. `bom` prefixes the UTF-8 byte-order mark that makes Excel read the file as UTF-8.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], opts: { bom?: boolean; eol?: string } = {}): string {
  const eol = opts.eol ?? '\r\n';
  const lines = [header.map((h) => quote(neutraliseFormula(h))).join(',')];
  for (const r of rows) lines.push(r.map((c) => quote(cellText(c))).join(','));
  return (opts.bom ? '\uFEFF' : '') + lines.join(eol) + eol;
}
