import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal';
import { CategoryScoreTable } from '../../core/exchange/category-table';
import { CATEGORY_SCORES, readExchange, type CategoryScoreRow } from '../../core/exchange/contracts';
import { mergeExchange } from '../../core/exchange/merge';
import { categoryMeans, yearsOf } from '../../core/exchange/trends';

const grid = (text: string): string[][] => Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
const HEAD = 'year,applicant_id,stage,category,points,max_points\n';
const read = (file: string, body: string) => readExchange(CATEGORY_SCORES, grid(HEAD + body), file);

describe('category scores as a table of columns', () => {
  it('reads every row with its file and row, ids as typed (leading zeros kept), values exactly', () => {
    const r = read('c.csv', '2025,0012,material,4.1,62.5,100\n\n2024,0012,site,４.２,40,80\n');
    expect(r.problems).toEqual([]);
    expect(r.rows.toArray().map((x) => [x.file, x.row, x.year, x.applicantId, x.stage, x.category, x.points.toString(), x.maxPoints.toString()])).toEqual([
      ['c.csv', 2, 2025, '0012', 'material', '4.1', '62.5', '100'],
      ['c.csv', 4, 2024, '0012', 'site', '4.2', '40', '80'],
    ]);
  });

  it('a bad cell leaves its row out and names file, row and column; the rows around it are kept', () => {
    const r = read('c.csv', '2025,A,material,4.1,60,100\n2025,B,material,4.1,六十,100\n2025,C,material,4.1,70,100\n');
    expect(r.rows.toArray().map((x) => x.applicantId)).toEqual(['A', 'C']);
    expect(r.problems.map((p) => [p.code, p.where?.file, p.where?.row, p.where?.column])).toEqual([['EXCHANGE_NOT_A_NUMBER', 'c.csv', 3, 'E']]);
  });

  it('merging: an exact repeat in another file counts once ("60" and "60.0" are the same points); other points are a conflict', () => {
    const a = read('2024.csv', '2024,A,material,4.1,60,100\n2024,B,material,4.1,50,100\n');
    const b = read('all.csv', '2024,A,material,4.1,60.0,100\n2024,B,material,4.1,55,100\n2024,B,site,4.1,55,100\n');
    const m = mergeExchange([a, b]);
    expect(m.data.categoryScores.toArray().map((x) => `${x.applicantId} ${x.stage} ${x.points}`)).toEqual(['A material 60', 'B material 50', 'B site 55']);
    expect(m.notices.map((p) => [p.code, p.where?.file, p.where?.row, p.params?.firstFile, p.params?.firstRow])).toEqual([['EXCHANGE_DUPLICATE_ROW', 'all.csv', 2, '2024.csv', 2]]);
    expect(m.problems.map((p) => [p.code, p.where?.file, p.where?.row, p.params?.key])).toEqual([['EXCHANGE_CONFLICTING_ROW', 'all.csv', 3, '2024 B material 4.1']]);
    expect(yearsOf(m.data)).toEqual([2024]);
  });

  it('property: the mean percentages equal the mean of each row\'s percentage, worked row by row in exact fractions', () => {
    // points in tenths: the oracle sums p/(10 m) row by row as a BigInt fraction and rounds half up to 1 decimal
    const rowArb = fc.record({
      year: fc.integer({ min: 2020, max: 2022 }),
      applicantId: fc.constantFrom('A', 'B', '0C', 'D'),
      stage: fc.constantFrom('material' as const, 'site' as const),
      category: fc.constantFrom('4.1', '4.2', '4.7'),
      tenths: fc.integer({ min: 0, max: 4000 }),
      max: fc.constantFrom(0, 40, 60, 100, 400),
    });
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 60 }), fc.constantFrom('material' as const, 'site' as const), (raw, stage) => {
        const rows: CategoryScoreRow[] = raw.map((r) => ({ ...r, points: new Decimal(r.tenths).div(10), maxPoints: new Decimal(r.max) }));
        const expected = new Map<string, { n: bigint; num: bigint; den: bigint }>();
        for (const r of raw) {
          if (r.stage !== stage || r.max === 0) continue;
          const k = `${r.year} ${r.category}`;
          const e = expected.get(k) ?? { n: 0n, num: 0n, den: 1n };
          const d = BigInt(10 * r.max);
          expected.set(k, { n: e.n + 1n, num: e.num * d + BigInt(r.tenths) * e.den, den: e.den * d });
        }
        const tenthOfPct = (e: { n: bigint; num: bigint; den: bigint }) => {
          // mean percentage in tenths, half up: floor((2 * 1000 num + den n) / (2 den n))
          const q = (2n * 1000n * e.num + e.den * e.n) / (2n * e.den * e.n);
          return `${q / 10n}.${q % 10n}`;
        };
        const got = categoryMeans(CategoryScoreTable.of(rows), stage);
        expect(new Map(got.map((g) => [`${g.year} ${g.category}`, [g.n, g.pct.toFixed(1)]]))).toEqual(
          new Map([...expected].map(([k, e]) => [k, [Number(e.n), tenthOfPct(e)]])),
        );
      }),
      { numRuns: 300 },
    );
  });
});
