import { Decimal } from '../decimal';

export type EntryResult =
  | { kind: 'empty' }
  | { kind: 'value'; value: number }
  | { kind: 'error'; code: 'ENTRY_NOT_A_NUMBER' | 'ENTRY_OUT_OF_RANGE' | 'ENTRY_OFF_STEP'; text: string };

/**
 * Normalise what a person types: full-width digits, point, percent sign and spaces (from a Chinese input method)
 * become their ASCII forms; surrounding spaces go.
 */
export function normaliseTyped(raw: string): string {
  // plain ASCII without spaces is nearly every cell: nothing to normalise
  if (/^[\x21-\x7e]*$/.test(raw)) return raw;
  return raw.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * One percentage entry as a reviewer types it: `65`, ` 65 `, `65%`, `６５`, `65.0` are 65; empty is "not scored".
 * The value must be 0-100 and on the profile's step; the result is a whole percentage.
 */
export function parseEntry(raw: string | number | null | undefined, step: number): EntryResult {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  const text = typeof raw === 'number' ? String(raw) : normaliseTyped(raw);
  if (text === '') return { kind: 'empty' };
  const body = text.endsWith('%') ? text.slice(0, -1).trim() : text;
  if (/^\d{1,4}$/.test(body)) {
    // whole numbers are nearly every entry: checked without building a Decimal
    const n = Number(body);
    if (n > 100) return { kind: 'error', code: 'ENTRY_OUT_OF_RANGE', text };
    if (n % step !== 0) return { kind: 'error', code: 'ENTRY_OFF_STEP', text };
    return { kind: 'value', value: n };
  }
  if (typeof raw === 'number' ? !Number.isFinite(raw) : !NUMBER.test(body)) {
    return { kind: 'error', code: 'ENTRY_NOT_A_NUMBER', text };
  }
  const d = new Decimal(body);
  if (d.lt(0) || d.gt(100)) return { kind: 'error', code: 'ENTRY_OUT_OF_RANGE', text };
  if (!d.mod(step).isZero()) return { kind: 'error', code: 'ENTRY_OFF_STEP', text };
  return { kind: 'value', value: d.toNumber() };
}

export type ScoreResult =
  | { kind: 'empty' }
  | { kind: 'value'; value: Decimal }
  | { kind: 'error'; code: 'ENTRY_NOT_A_NUMBER' | 'ENTRY_OUT_OF_RANGE'; text: string };

/** A score in points (a stage score, a defense score): a non-negative decimal up to `max`. */
export function parseScore(raw: string | number | null | undefined, max: number): ScoreResult {
  if (raw === null || raw === undefined) return { kind: 'empty' };
  const text = typeof raw === 'number' ? String(raw) : normaliseTyped(raw);
  if (text === '') return { kind: 'empty' };
  if (typeof raw === 'number' ? !Number.isFinite(raw) : !NUMBER.test(text)) return { kind: 'error', code: 'ENTRY_NOT_A_NUMBER', text };
  const d = new Decimal(text);
  if (d.lt(0) || d.gt(max)) return { kind: 'error', code: 'ENTRY_OUT_OF_RANGE', text };
  return { kind: 'value', value: d };
}
