import { Decimal } from '../decimal';
import { normaliseTyped } from '../scoring/entry';
import type { CsvCell } from './csv-write';
import { vocabCode, vocabList, type Vocab } from './vocab';

/** What a cell means, or why it cannot be read (a message code of the exchange catalog). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; code: string; params: Record<string, string | number> };

/** One column of an exchange file: its code, its Chinese label, how a cell reads and how a value is written. */
export interface Field<T> {
  key: string;
  zh: string;
  /** The column must be in the header. */
  required: boolean;
  parse(cell: string): Parsed<T>;
  write(value: T): CsvCell;
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/**
 * A cell's reading remembered by its text. Years, codes, categories and most points repeat thousands of times in a
 * large export; the values are immutable (numbers, strings, Decimals), so sharing one reading is safe. Bounded so
 * a column of distinct values costs no more than reading it.
 */
function memo<T>(parse: (c: string) => Parsed<T>, limit = 4096): (c: string) => Parsed<T> {
  const seen = new Map<string, Parsed<T>>();
  return (c) => {
    let r = seen.get(c);
    if (r === undefined) {
      r = parse(c);
      if (seen.size < limit) seen.set(c, r);
    }
    return r;
  };
}
const bad = <T>(code: string, params: Record<string, string | number>): Parsed<T> => ({ ok: false, code, params });

// Most cells are plain ASCII; NFKC (full-width digits to ASCII) is only needed, and only paid for, when they are not.
const PLAIN = /^[\x20-\x7e]*$/;
export function clean(cell: string): string {
  return PLAIN.test(cell) ? cell.trim() : normaliseTyped(cell);
}

// The writer puts an apostrophe before text a spreadsheet would take as a formula; reading drops it again.
const NEUTRALISED = /^'[=+\-@\t\r\n\0]/;
function unneutralise(s: string): string {
  return NEUTRALISED.test(s) ? s.slice(1) : s;
}

/**
 * Text as written (a name keeps its line break); `nonEmpty` when the cell must say something (then the column is
 * required too).
 */
export function textField(key: string, zh: string, nonEmpty = false): Field<string> {
  return {
    key,
    zh,
    required: nonEmpty,
    parse: (c) => {
      const s = unneutralise(c.trim());
      return nonEmpty && s === '' ? bad('TABLE_REQUIRED', {}) : ok(s);
    },
    write: (v) => v,
  };
}

/** An id or code is text: "0012" stays "0012" (no number typing eats leading zeros), "４．１" is "4.1"; never empty. */
export function idField(key: string, zh: string): Field<string> {
  return {
    key,
    zh,
    required: true,
    parse: (c) => {
      const s = unneutralise(clean(c));
      return s === '' ? bad('TABLE_REQUIRED', {}) : ok(s);
    },
    write: (v) => v,
  };
}

function readYear(c: string): Parsed<number | null> {
  const s = clean(c).replace(/年$/, '');
  if (s === '') return ok(null);
  if (!/^\d{4}$/.test(s)) return bad('EXCHANGE_BAD_YEAR', { text: s });
  return ok(Number(s));
}

/** A code from a short list a person may extend (a category clause): an id whose few values repeat. */
export function codeField(key: string, zh: string): Field<string> {
  const f = idField(key, zh);
  return { ...f, parse: memo(f.parse) };
}

/** A reading where an empty cell (null) is the problem of a required field. */
function present<T>(read: (c: string) => Parsed<T | null>): (c: string) => Parsed<T> {
  return (c) => {
    const r = read(c);
    if (!r.ok) return r;
    return r.value === null ? bad('TABLE_REQUIRED', {}) : ok(r.value);
  };
}

export function yearField(key: string, zh: string): Field<number> {
  return {
    key,
    zh,
    required: true,
    parse: memo(present(readYear)),
    write: (v) => v,
  };
}

/** A year that may be left empty (the award year of an obligation a person typed without it). */
export function optionalYearField(key: string, zh: string): Field<number | null> {
  return { key, zh, required: false, parse: memo(readYear), write: (v) => v };
}

const NUMBER = /^(\d+(\.\d*)?|\.\d+)$/;

function readDecimal(c: string): Parsed<Decimal | null> {
  // "1,234.5" is what Excel shows with a thousands separator; "¥" and "元" come with money typed by hand
  const s = clean(c).replace(/^[¥￥]/, '').replace(/元$/, '').replace(/,(?=\d{3}(\D|$))/g, '').trim();
  if (s === '') return ok(null);
  if (s.startsWith('-') && NUMBER.test(s.slice(1))) return bad('EXCHANGE_NEGATIVE', { text: s });
  if (!NUMBER.test(s)) return bad('EXCHANGE_NOT_A_NUMBER', { text: s });
  return ok(new Decimal(s));
}

/** A non-negative decimal (score, points, money), empty allowed (null). */
export function decimalField(key: string, zh: string, required = false): Field<Decimal | null> {
  return { key, zh, required, parse: memo(readDecimal), write: (v) => v };
}

/** A non-negative decimal that must be present. */
export function requiredDecimalField(key: string, zh: string): Field<Decimal> {
  return {
    key,
    zh,
    required: true,
    parse: memo(present(readDecimal)),
    write: (v) => v,
  };
}

/** Money where an empty cell means nothing was paid. */
export function moneyField(key: string, zh: string): Field<Decimal> {
  return {
    key,
    zh,
    required: false,
    parse: memo((c) => {
      const r = readDecimal(c);
      if (!r.ok) return r;
      return ok(r.value ?? new Decimal(0));
    }),
    write: (v) => v,
  };
}

export function rankField(key: string, zh: string): Field<number | null> {
  return {
    key,
    zh,
    required: false,
    parse: (c) => {
      const s = clean(c).replace(/^第/, '').replace(/名$/, '');
      if (s === '') return ok(null);
      if (!/^\d+$/.test(s) || Number(s) < 1) return bad('EXCHANGE_BAD_RANK', { text: s });
      return ok(Number(s));
    },
    write: (v) => v,
  };
}

export function vocabField<V extends string>(key: string, zh: string, vocab: Vocab<V>, required = true): Field<V> {
  return {
    key,
    zh,
    required,
    parse: memo((c) => {
      const s = clean(c);
      if (s === '') return bad('TABLE_REQUIRED', {});
      const code = vocabCode(vocab, s);
      return code === undefined ? bad('EXCHANGE_BAD_VALUE', { text: s, accepted: vocabList(vocab) }) : ok(code);
    }),
    write: (v) => v,
  };
}

/** Yes/no as a boolean; an optional column whose empty cell means "no". */
export function yesNoField(key: string, zh: string, required: boolean, vocab: Vocab<'yes' | 'no'>): Field<boolean> {
  return {
    key,
    zh,
    required,
    parse: memo((c) => {
      const s = clean(c);
      if (s === '') return required ? bad('TABLE_REQUIRED', {}) : ok(false);
      const code = vocabCode(vocab, s);
      return code === undefined ? bad('EXCHANGE_BAD_VALUE', { text: s, accepted: vocabList(vocab) }) : ok(code === 'yes');
    }),
    write: (v) => (v ? 'yes' : 'no'),
  };
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[m - 1] as number);
}

/**
 * A date as YYYY-MM-DD. Excel and WPS re-save dates the way the locale shows them (2025/6/30, 2025年6月30日), so
 * those read too; the value is always the ISO string.
 */
export function dateField(key: string, zh: string, required: boolean): Field<string | null> {
  return {
    key,
    zh,
    required,
    parse: (c) => {
      const s = clean(c);
      if (s === '') return required ? bad('TABLE_REQUIRED', {}) : ok(null);
      const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
      if (!m) return bad('EXCHANGE_BAD_DATE', { text: s });
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (!validDate(y, mo, d)) return bad('EXCHANGE_BAD_DATE', { text: s });
      return ok(`${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    },
    write: (v) => v,
  };
}
