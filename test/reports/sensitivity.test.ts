import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { ZHONGMU } from '../../core/profiles/zhongmu';
import { decisionMemo } from '../../core/reports/memo';
import { sensitivity, standardisedTotals, type ReviewerTotal } from '../../core/reports/sensitivity';
import type { StageScores } from '../../core/selection/select';

const dec = (v: string | null) => (v === null ? null : new Decimal(v));
const app = (id: string, m: string, s: string | null, d: string | null, industry = '制造'): StageScores => ({
  applicantId: id,
  name: `${id}公司`,
  industry,
  material: dec(m),
  site: dec(s),
  defense: dec(d),
  results: null,
  flags: [],
});

describe('decision memo sensitivity (Y16.9, Z17.7): advice beside the official result', () => {
  // official 20/80: A 160+360+60 = 580; B 104+384+60 = 548; C 120+376+60 = 556 -> candidates A, C
  // 10/90:          A  80+405+60 = 545; B  52+432+60 = 544; C  60+423+60 = 543 -> candidates A, B
  // 30/70:          A 240+315+60 = 615; B 156+336+60 = 552; C 180+329+60 = 569 -> candidates A, C
  const list = [app('A', '800', '450', '60'), app('B', '520', '480', '60'), app('C', '600', '470', '60')];

  it('Y16.6.1: moving the material weight by -10 points changes the candidates; +10 does not', () => {
    const s = sensitivity(YUNYANG_2022, list);
    expect(s.map((x) => [x.id, x.candidates, x.added, x.removed])).toEqual([
      ['official', ['A', 'C'], [], []],
      ['material_weight_minus_10', ['A', 'B'], ['B'], ['C']],
      ['material_weight_plus_10', ['A', 'C'], [], []],
    ]);
    expect(s[1]!.weights).toEqual({ material: '0.1', site: '0.9' });
  });

  it('the official scenario is exactly the official selection', () => {
    const s = sensitivity(YUNYANG_2022, list);
    expect(s[0]!.selection.rows.map((r) => [r.applicantId, r.score!.toFixed(2)])).toEqual([
      ['A', '580.00'],
      ['C', '556.00'],
      ['B', '548.00'],
    ]);
  });

  it('a profile without weights (zhongmu) has no weight scenarios', () => {
    expect(sensitivity(ZHONGMU, [app('A', '600', '500', null)]).map((s) => s.id)).toEqual(['official']);
  });

  it('standardised totals: each reviewer rescaled to the pooled mean and spread (worked by hand)', () => {
    // R1: 600, 700 (mean 650, sd 50); R2: 500, 600 (mean 550, sd 50); pooled mean 600, sd sqrt(5000) = 70.7107
    // R1's 600 -> 600 + (600-650) x 70.7107/50 = 529.29; R2's 600 -> 600 + 50 x 1.41421 = 670.71
    const t = (reviewerId: string, applicantId: string, total: string): ReviewerTotal => ({ stage: 'material', reviewerId, applicantId, total: new Decimal(total) });
    const totals = [t('R1', 'A', '600'), t('R1', 'B', '700'), t('R2', 'C', '500'), t('R2', 'D', '600')];
    const std = standardisedTotals(totals);
    expect(totals.map((x) => std.get(x)!.toFixed(2))).toEqual(['529.29', '670.71', '529.29', '670.71']);
  });

  it('leniency removed: a lenient and a severe site reviewer, taken out, change who is second', () => {
    // site totals R1 (lenient): A 500, B 480; R2 (severe): C 470, D 450. Pooled mean 475, sd sqrt(325) = 18.0278.
    // standardised: A = C = 475 + 10 x 1.80278 = 493.03; B = D = 456.97.
    // official composites (material 600 -> 120, defense 50): A 570, B 554, C 546, D 530 -> A, B
    // adjusted: A = C = 120 + 0.8 x 493.03 + 50 = 564.42 (tied on every tie-break, both in the 2 places) -> A, C
    const list2 = [app('A', '600', '500', '50'), app('B', '600', '480', '50'), app('C', '600', '470', '50'), app('D', '600', '450', '50')];
    const rt = (reviewerId: string, applicantId: string, total: string): ReviewerTotal => ({ stage: 'site', reviewerId, applicantId, total: new Decimal(total) });
    const s = sensitivity(YUNYANG_2022, list2, [rt('R1', 'A', '500'), rt('R1', 'B', '480'), rt('R2', 'C', '470'), rt('R2', 'D', '450')]);
    const len = s.find((x) => x.id === 'leniency_removed')!;
    expect([len.candidates, len.added, len.removed]).toEqual([['A', 'C'], ['C'], ['B']]);
    const row = len.selection.rows.find((r) => r.applicantId === 'A')!;
    expect(row.site!.toFixed(2)).toBe('493.03');
    expect(row.composite!.toFixed(2)).toBe('564.42');
  });

  it('Z17.7: the memo lists the candidates, the industries of the candidates and the reason of each outcome', () => {
    const m = decisionMemo(YUNYANG_2022, 2025, [app('A', '800', '450', '60', '食品'), app('B', '520', '480', '60', '建材'), app('C', '600', '470', '60', '食品'), app('D', '450', null, null, '物流')]);
    expect(m.candidates.map((c) => c.applicantId)).toEqual(['A', 'C']);
    expect(m.industries).toEqual([{ industry: '食品', count: 2 }]);
    expect(m.lines.find((l) => l.applicantId === 'D')).toMatchObject({ outcome: 'below_material_cutoff', outcomeLabel: '未达资料评审分数线', clause: 'Y16.3' });
  });
});
