import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal';
import { parseEntry, parseScore } from '../../core/scoring/entry';

describe('parsing one entry as a person types it', () => {
  it.each(['65', ' 65 ', '65%', '６５', '65.0', '６５％', '\u300065\u3000', '65 %'])('"%s" is 65', (raw) => {
    expect(parseEntry(raw, 5)).toEqual({ kind: 'value', value: 65 });
  });

  it('a number cell from a spreadsheet is read as it is', () => {
    expect(parseEntry(65, 5)).toEqual({ kind: 'value', value: 65 });
  });

  it.each(['', '   ', null, undefined])('"%s" is not scored yet', (raw) => {
    expect(parseEntry(raw, 5)).toEqual({ kind: 'empty' });
  });

  it.each(['abc', '6 5', '65分', '1e2', '--5', '6,5'])('"%s" is not a number', (raw) => {
    expect(parseEntry(raw, 5)).toMatchObject({ kind: 'error', code: 'ENTRY_NOT_A_NUMBER' });
  });

  it.each(['105', '-5', '100.5', '1000'])('"%s" is out of 0-100', (raw) => {
    expect(parseEntry(raw, 5)).toMatchObject({ kind: 'error', code: 'ENTRY_OUT_OF_RANGE' });
  });

  it.each([['63', 5], ['62.5', 5], ['55', 10]] as const)('"%s" is off the step %d', (raw, step) => {
    expect(parseEntry(raw, step)).toMatchObject({ kind: 'error', code: 'ENTRY_OFF_STEP' });
  });

  it('0 and 100 are the ends of the scale and valid', () => {
    expect(parseEntry('0', 5)).toEqual({ kind: 'value', value: 0 });
    expect(parseEntry('100', 10)).toEqual({ kind: 'value', value: 100 });
  });

  it('a stage score keeps its decimals exactly', () => {
    const r = parseScore('500.4', 1000);
    expect(r.kind === 'value' && r.value.eq(new Decimal('500.4'))).toBe(true);
    expect(parseScore('１０００．５', 1000)).toMatchObject({ kind: 'error', code: 'ENTRY_OUT_OF_RANGE' });
  });
});
