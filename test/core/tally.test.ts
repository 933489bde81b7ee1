import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal';
import { leafItems } from '../../core/profiles/criteria';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { tallyStage, type Entry } from '../../core/scoring/tally';

const P = YUNYANG_2022;
const ITEMS = leafItems(P.criteria);

/** Every reviewer gives `base` to every item, except the values listed per item. */
function entries(applicantId: string, reviewers: string[], base: number, special: Record<string, number[]> = {}): Entry[] {
  return ITEMS.flatMap((it) =>
    reviewers.map((r, i) => ({ applicantId, reviewerId: r, item: it.clause, value: special[it.clause]?.[i] ?? base })),
  );
}

describe('stage score from a group (Y16.3, CRITERIA.md)', () => {
  it('Y16.3: every item at 50% by all three reviewers gives 500.00, exactly the material cut-off', () => {
    const t = tallyStage(P, entries('A', ['r1', 'r2', 'r3'], 50));
    expect(t.applicants[0]!.total).toBe(50000);
    expect(t.applicants[0]!.flagged).toEqual([]);
  });

  it('Y16.3: consensus item values feed item points, category subtotals and the total (worked by hand)', () => {
    // 4.1.1 (60 pts): 60,65,65 -> 65 -> 39.00 instead of 30.00 (+9)
    // 4.7.1 (120 pts): 40,80,85 -> 68.33 -> 70 -> 84.00 instead of 60.00 (+24); spread 45 -> flagged
    // total = 500 + 9 + 24 = 533.00; category 4.1 = 39 + 20 = 59.00; 4.7 = 84 + 140 = 224.00
    const t = tallyStage(P, entries('A', ['r1', 'r2', 'r3'], 50, { '4.1.1': [60, 65, 65], '4.7.1': [40, 80, 85] }));
    const a = t.applicants[0]!;
    expect(a.total).toBe(53300);
    expect(a.flagged).toEqual(['4.7.1']);
    expect(a.categories.find((c) => c.clause === '4.1')!.hundredths).toBe(5900);
    expect(a.categories.find((c) => c.clause === '4.7')!.hundredths).toBe(22400);
    // each reviewer's own total: r1 = 500 + 60*10% - 120*10% = 494.00; r2 = 500 + 60*15% + 120*30% = 545.00;
    // r3 = 500 + 60*15% + 120*35% = 551.00
    expect(a.reviewerTotals).toEqual([49400, 54500, 55100]);
  });

  it('Y16.3: a total is not final while a reviewer has an item missing, and the missing entries are named', () => {
    const list = entries('A', ['r1', 'r2', 'r3'], 50).filter((e) => !(e.reviewerId === 'r2' && e.item === '4.4.3'));
    list.push({ applicantId: 'A', reviewerId: 'r3', item: '4.6.2', value: null });
    const es = list.filter((e) => !(e.reviewerId === 'r3' && e.item === '4.6.2' && e.value !== null));
    const a = tallyStage(P, es).applicants[0]!;
    expect(a.total).toBeNull();
    expect(a.missing).toEqual([
      { reviewerId: 'r2', item: '4.4.3' },
      { reviewerId: 'r3', item: '4.6.2' },
    ]);
    expect(a.categories.find((c) => c.clause === '4.4')!.hundredths).toBeNull();
    expect(a.categories.find((c) => c.clause === '4.1')!.hundredths).toBe(5000);
  });

  it('Y16.3: with the assigned groups known, a reviewer who entered nothing counts as missing', () => {
    const groups = new Map([['A', ['r1', 'r2', 'r3', 'r4']]]);
    const a = tallyStage(P, entries('A', ['r1', 'r2', 'r3'], 50), { groups }).applicants[0]!;
    expect(a.total).toBeNull();
    expect(a.missing).toHaveLength(22);
    expect(a.missing.every((m) => m.reviewerId === 'r4')).toBe(true);
  });

  it('CRITERIA.consensus: the leader overrides an item with a reason; the total follows it', () => {
    // 4.7.1 default 70 -> overridden to 60: 120 * 60% = 72.00 instead of 84.00 -> 533 - 12 = 521.00
    const es = entries('A', ['r1', 'r2', 'r3'], 50, { '4.1.1': [60, 65, 65], '4.7.1': [40, 80, 85] });
    const t = tallyStage(P, es, { overrides: [{ applicantId: 'A', item: '4.7.1', value: 60, reason: '合议：趋势数据不足三年' }] });
    const item = t.applicants[0]!.items.find((i) => i.item === '4.7.1')!;
    expect(item.defaultConsensus).toBe(70);
    expect(item.consensus).toBe(60);
    expect(t.applicants[0]!.total).toBe(52100);
  });

  it('CRITERIA.consensus: an override without a reason is refused', () => {
    const t = tallyStage(P, entries('A', ['r1', 'r2', 'r3'], 50), { overrides: [{ applicantId: 'A', item: '4.7.1', value: 60, reason: ' ' }] });
    expect(t.problems.map((p) => p.code)).toEqual(['TALLY_OVERRIDE_NEEDS_REASON']);
    expect(t.applicants[0]!.total).toBe(50000);
  });

  it('a duplicate entry is a problem, not a silent overwrite', () => {
    const es = entries('A', ['r1', 'r2', 'r3'], 50);
    es.push({ applicantId: 'A', reviewerId: 'r1', item: '4.2.1', value: 90 });
    expect(tallyStage(P, es).problems.map((p) => p.code)).toEqual(['TALLY_DUPLICATE_ENTRY']);
  });

  it('property: the tally of random entries equals an independent re-computation in Decimal', () => {
    const pct = fc.integer({ min: 0, max: 20 }).map((n) => n * 5);
    const group = fc.integer({ min: 3, max: 7 }).chain((n) => fc.array(fc.array(pct, { minLength: ITEMS.length, maxLength: ITEMS.length }), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(fc.array(group, { minLength: 1, maxLength: 4 }), (applicants) => {
        const es: Entry[] = [];
        applicants.forEach((g, a) => g.forEach((vals, r) => vals.forEach((v, i) => es.push({ applicantId: `A${a}`, reviewerId: `R${r}`, item: ITEMS[i]!.clause, value: v }))));
        const t = tallyStage(P, es);
        applicants.forEach((g, a) => {
          let total = new Decimal(0);
          ITEMS.forEach((it, i) => {
            const mean = g.reduce((s, vals) => s.plus(vals[i]!), new Decimal(0)).div(g.length);
            const consensus = mean.div(5).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(5);
            total = total.plus(consensus.times(it.points).div(100));
          });
          const got = t.applicants.find((x) => x.applicantId === `A${a}`)!.total!;
          expect(new Decimal(got).div(100).toFixed(2)).toBe(total.toFixed(2));
          expect(got).toBeGreaterThanOrEqual(0);
          expect(got).toBeLessThanOrEqual(100000);
        });
      }),
      { numRuns: 200 },
    );
  });
});
