import { describe, expect, it } from 'vitest';
import { readCsvFile } from '../../dashboard/src/parse';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('dashboard: a file read row by row (dashboard/src/parse.ts)', () => {
  it('counts rows as a spreadsheet shows them: a quoted cell with a line break is one row, a blank line is skipped', () => {
    const text = 'year,applicant_id,name,outcome,awarded\n2025,0001,"甲公司\n（原甲厂）",candidate,yes\n\n2025,0002,乙公司,outside_quota,no\n2025,0003,丙公司,winner,no\n';
    const r = readCsvFile({ name: 'a.csv', bytes: bytes(text) }, 'auto');
    expect([...r.result!.rows].map((x) => [x.row, x.applicantId, (x as { name?: string }).name])).toEqual([
      [2, '0001', '甲公司\n（原甲厂）'],
      [4, '0002', '乙公司'],
    ]);
    // row 5 (the third data row): "winner" is not an outcome; the rows before it are still used
    expect(r.problems.map((p) => [p.code, p.where?.row, p.where?.column])).toEqual([['EXCHANGE_BAD_VALUE', 5, 'D']]);
  });

  it('an unclosed quote is a problem of the file at its row; the rows before it are still read', () => {
    const text = 'year,applicant_id,stage,category,points,max_points\n2025,A,material,4.1,60,100\n2025,B,material,"4.2,50,80\n';
    const r = readCsvFile({ name: 'c.csv', bytes: bytes(text) }, 'auto');
    expect(r.result!.kind).toBe('category_scores');
    expect([...r.result!.rows].map((x) => x.applicantId)).toEqual(['A']);
    expect(r.problems.map((p) => [p.code, p.where?.file, p.where?.row])).toContainEqual(['TABLE_BAD_QUOTES', 'c.csv', 3]);
  });

  it('a header that fits no contract is one problem naming the file and row', () => {
    const r = readCsvFile({ name: 'z.csv', bytes: bytes('\n姓名,电话\n张三,1\n') }, 'auto');
    expect(r.result).toBeUndefined();
    expect(r.problems.map((p) => [p.code, p.where?.row])).toEqual([['EXCHANGE_UNKNOWN_KIND', 2]]);
  });
});
