/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic goes through UTC so the machine's time zone never shifts a
 * day (MACHINE-NOTES.md: libraries that use local time give wrong days west of UTC).
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date if `s` is a real calendar date written YYYY-MM-DD (2025-02-29 is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * Reads a date as people type it in Excel or WPS: 2025-06-30, 2025/6/30, 2025.6.30, 2025年6月30日, full-width
 * digits. Undefined when it is not a real date.
 */
export function readDate(typed: string): string | undefined {
  const s = typed.normalize('NFKC').trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

function toUtc(date: string): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

function fromUtc(t: Date): string {
  const y = String(t.getUTCFullYear()).padStart(4, '0');
  return `${y}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

export function addDays(date: string, n: number): string {
  const t = toUtc(date);
  t.setUTCDate(t.getUTCDate() + n);
  return fromUtc(t);
}

/** Same month and day `n` years on; 29 February falls back to 28 February in a common year. */
export function addYears(date: string, n: number): string {
  const y = Number(date.slice(0, 4)) + n;
  const candidate = `${String(y).padStart(4, '0')}${date.slice(4)}`;
  return isIsoDate(candidate) ? candidate : `${String(y).padStart(4, '0')}-02-28`;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(date: string): number {
  return toUtc(date).getUTCDay();
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Whole years from `from` to `to`: 2022-06-30 -> 2025-06-30 is 3, -> 2025-06-29 is 2. */
export function fullYearsBetween(from: string, to: string): number {
  let years = yearOf(to) - yearOf(from);
  if (addYears(from, years) > to) years--;
  return years;
}
