import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { ZHONGMU } from '../../core/profiles/zhongmu';
import { select, type SelectionFlag, type StageScores } from '../../core/selection/select';

const dec = (v: string | null) => (v === null ? null : new Decimal(v));
function app(id: string, material: string | null, site: string | null, defense: string | null, more: { results?: string; flags?: SelectionFlag[] } = {}): StageScores {
  return { applicantId: id, material: dec(material), site: dec(site), defense: dec(defense), results: dec(more.results ?? null), flags: more.flags ?? [] };
}
const byId = (sel: ReturnType<typeof select>) => Object.fromEntries(sel.rows.map((r) => [r.applicantId, r]));

describe('Yunyang stages and cut-offs (Y16)', () => {
  it('Y16.3: a material score of exactly 500 goes on ("含500分"); 499.95 stops with the feedback report', () => {
    const s = byId(select(YUNYANG_2022, [app('A', '500', '500', '80'), app('B', '499.95', null, null)]));
    expect(s.A!.outcome).toBe('candidate');
    expect(s.B).toMatchObject({ outcome: 'below_material_cutoff', clause: 'Y16.3', rank: null, score: null });
  });

  it('Y16.6.1: review score = 20% material + 80% site: 0.2 x 600 + 0.8 x 450 = 120 + 360 = 480.00', () => {
    const s = byId(select(YUNYANG_2022, [app('A', '600', '450', '70')]));
    expect(s.A!.review!.toFixed(2)).toBe('480.00');
    expect(s.A!.composite!.toFixed(2)).toBe('550.00');
  });

  it('Y16.6.2: a review score of exactly 350 enters the final selection; 349.96 does not', () => {
    // A: 0.2 x 510 + 0.8 x 310 = 102 + 248 = 350.00; B: 0.2 x 500.2 + 0.8 x 312.4 = 100.04 + 249.92 = 349.96
    const s = byId(select(YUNYANG_2022, [app('A', '510', '310', '50'), app('B', '500.2', '312.4', '100')]));
    expect(s.A!.rank).toBe(1);
    expect(s.A!.review!.toFixed(2)).toBe('350.00');
    expect(s.B).toMatchObject({ outcome: 'below_review_cutoff', clause: 'Y16.6.2', rank: null });
    expect(s.B!.review!.toFixed(2)).toBe('349.96');
  });

  it('Y16.6.3: material 500.4, site 314.4, defense 48.4 -> review 351.60, composite exactly 400.00: a candidate', () => {
    // In binary floating point 0.2*500.4 + 0.8*314.4 + 48.4 is 399.99999999999994 and would wrongly fail.
    expect(0.2 * 500.4 + 0.8 * 314.4 + 48.4).toBeLessThan(400);
    const s = byId(select(YUNYANG_2022, [app('A', '500.4', '314.4', '48.4')]));
    expect(s.A!.review!.toFixed(2)).toBe('351.60');
    expect(s.A!.composite!.eq(400)).toBe(true);
    expect(s.A).toMatchObject({ outcome: 'candidate', clause: 'Y16.6.3', rank: 1 });
  });

  it('Y16.6.3: the top 2 with composite >= 400 are candidates; the others reaching 400 are outside the quota', () => {
    // composites: A 0.2*700+0.8*450+80 = 580; B 0.2*650+0.8*430+75 = 549; C 0.2*600+0.8*420+70 = 526; D 0.2*520+0.8*400+60 = 484
    const sel = select(YUNYANG_2022, [app('D', '520', '400', '60'), app('B', '650', '430', '75'), app('C', '600', '420', '70'), app('A', '700', '450', '80')]);
    expect(sel.rows.map((r) => [r.applicantId, r.rank, r.score!.toFixed(2), r.outcome])).toEqual([
      ['A', 1, '580.00', 'candidate'],
      ['B', 2, '549.00', 'candidate'],
      ['C', 3, '526.00', 'outside_quota'],
      ['D', 4, '484.00', 'outside_quota'],
    ]);
    expect(sel.vacant).toBe(false);
  });

  it('Y16.6.3: fewer than 2 at >= 400 -> all of them are candidates, the rest are ranked but below the cut-off', () => {
    // A: 0.2*600+0.8*400+30 = 470; B: 0.2*500+0.8*320+43.99 = 100+256+43.99 = 399.99
    const s = byId(select(YUNYANG_2022, [app('A', '600', '400', '30'), app('B', '500', '320', '43.99')]));
    expect(s.A).toMatchObject({ outcome: 'candidate', rank: 1 });
    expect(s.B).toMatchObject({ outcome: 'below_composite_cutoff', clause: 'Y16.6.3', rank: 2 });
    expect(s.B!.score!.toFixed(2)).toBe('399.99');
  });

  it('Y16.6.3: nobody at 400 -> the award is vacant this year', () => {
    const sel = select(YUNYANG_2022, [app('A', '500', '320', '40'), app('B', '480', null, null)]);
    expect(sel.vacant).toBe(true);
    expect(sel.vacancyClause).toBe('Y16.6.3');
    expect(sel.rows.map((r) => r.outcome)).toEqual(['below_composite_cutoff', 'below_material_cutoff']);
  });

  it('Y16.5: an applicant disqualified on site ends disqualified, outside the ranking, whatever its scores', () => {
    const s = byId(select(YUNYANG_2022, [app('A', '900', '900', '100', { flags: ['disqualified'] }), app('B', '600', '450', '70')]));
    expect(s.A).toMatchObject({ outcome: 'disqualified', clause: 'Y16.5', rank: null });
    expect(s.B).toMatchObject({ outcome: 'candidate', rank: 1 });
  });

  it('Y16.3: passing the material cut-off with no site score is an input problem, not a silent outcome', () => {
    const sel = select(YUNYANG_2022, [app('A', '600', null, null)]);
    expect(sel.problems.map((p) => [p.code, p.params?.stage])).toEqual([['SELECT_MISSING_SCORE', 'site']]);
  });
});

describe('ties (CRITERIA.md: site, then defense, then results; else the committee)', () => {
  it('CRITERIA.ties: equal composite -> the higher site score ranks first', () => {
    // A: 0.2*600 + 0.8*400 + 60 = 120+320+60 = 500; B: 0.2*500 + 0.8*425 + 60 = 100+340+60 = 500
    const s = byId(select(YUNYANG_2022, [app('A', '600', '400', '60'), app('B', '500', '425', '60')]));
    expect(s.A!.composite!.eq(s.B!.composite!)).toBe(true);
    expect([s.B!.rank, s.A!.rank]).toEqual([1, 2]);
    expect(s.B!.tieBrokenBy).toBe('site');
  });

  it('CRITERIA.ties: equal composite and site -> the higher defense score ranks first', () => {
    // A: 0.2*600 + 0.8*400 + 60 = 500; B: 0.2*650 + 0.8*400 + 50 = 130+320+50 = 500
    const s = byId(select(YUNYANG_2022, [app('A', '600', '400', '60'), app('B', '650', '400', '50')]));
    expect([s.A!.rank, s.B!.rank]).toEqual([1, 2]);
    expect(s.A!.tieBrokenBy).toBe('defense');
  });

  it('CRITERIA.ties: equal composite, site and defense -> the higher results (4.7) score ranks first', () => {
    const s = byId(select(YUNYANG_2022, [app('A', '600', '400', '60', { results: '280' }), app('B', '600', '400', '60', { results: '300' })]));
    expect([s.B!.rank, s.A!.rank]).toEqual([1, 2]);
  });

  it('Y16.9: a tie for the last place that survives every tie-break goes to the committee; ranks run 1,2,2,4', () => {
    const sel = select(YUNYANG_2022, [
      app('W', '560', '400', '40'), // 112+320+40 = 472
      app('X', '700', '450', '80'), // 140+360+80 = 580
      app('Z', '600', '420', '70'), // 120+336+70 = 526
      app('Y', '600', '420', '70'), // 526, identical to Z in every tie-break
    ]);
    expect(sel.rows.map((r) => [r.applicantId, r.rank, r.outcome, r.clause])).toEqual([
      ['X', 1, 'candidate', 'Y16.6.3'],
      ['Y', 2, 'tie', 'Y16.9'],
      ['Z', 2, 'tie', 'Y16.9'],
      ['W', 4, 'outside_quota', 'Y16.6.3'],
    ]);
    expect(sel.tiedForLastPlace).toEqual(['Y', 'Z']);
  });

  it('CRITERIA.ties: a tie inside the quota needs no vote: both are candidates and share rank 1', () => {
    const sel = select(YUNYANG_2022, [app('A', '600', '420', '70'), app('B', '600', '420', '70'), app('C', '560', '400', '40')]);
    expect(sel.rows.map((r) => [r.applicantId, r.rank, r.outcome])).toEqual([
      ['A', 1, 'candidate'],
      ['B', 1, 'candidate'],
      ['C', 3, 'outside_quota'],
    ]);
    expect(sel.tiedForLastPlace).toEqual([]);
  });

  it('CRITERIA.ties: a results tie-break is used only when every tied applicant has a results score', () => {
    const s = byId(select(YUNYANG_2022, [app('A', '600', '420', '70', { results: '300' }), app('B', '600', '420', '70'), app('C', '600', '420', '70', { results: '250' })]));
    expect([s.A!.rank, s.B!.rank, s.C!.rank]).toEqual([1, 1, 1]);
    expect(s.A!.outcome).toBe('tie');
  });
});

describe('Zhongmu selection (Z4, Z17.7, Z28)', () => {
  const sites = ['700', '690', '680', '670', '660', '650', '640'];
  const seven = sites.map((s, i) => app(`Z${i + 1}`, '600', s, null));

  it('Z17.7: candidates are ranked by the site-review score, with no numeric cut-off', () => {
    const sel = select(ZHONGMU, [app('B', '800', '500', null), app('A', '300', '610', null)]);
    expect(sel.rows.map((r) => [r.applicantId, r.rank, r.score!.toFixed(2), r.outcome, r.clause])).toEqual([
      ['A', 1, '610.00', 'candidate', 'Z4'],
      ['B', 2, '500.00', 'candidate', 'Z4'],
    ]);
  });

  it('Z4: at most 5 places: of 7 ranked applicants the 6th and 7th are outside the quota', () => {
    const sel = select(ZHONGMU, seven);
    expect(sel.rows.map((r) => r.outcome)).toEqual(['candidate', 'candidate', 'candidate', 'candidate', 'candidate', 'outside_quota', 'outside_quota']);
  });

  it('Z28: a repeat winner is a candidate without taking a place: 7 ranked with one repeat winner -> 6 candidates', () => {
    const list = seven.map((a) => (a.applicantId === 'Z2' ? { ...a, flags: ['repeat_winner' as const] } : a));
    const s = byId(select(ZHONGMU, list));
    expect(s.Z2).toMatchObject({ outcome: 'candidate', clause: 'Z28', rank: 2 });
    expect(['Z1', 'Z3', 'Z4', 'Z5', 'Z6'].map((id) => s[id]!.outcome)).toEqual(['candidate', 'candidate', 'candidate', 'candidate', 'candidate']);
    expect(s.Z7!.outcome).toBe('outside_quota');
  });

  it('Z17.6: without a numeric cut-off, an applicant not sent to the site review stops at the material stage', () => {
    const s = byId(select(ZHONGMU, [app('A', '600', '610', null), app('B', '650', null, null)]));
    expect(s.B).toMatchObject({ outcome: 'below_material_cutoff', clause: 'Z17.6', rank: null });
  });

  it('Z4: places may stay empty: nobody reached the site review -> vacant', () => {
    const sel = select(ZHONGMU, [app('A', '600', null, null)]);
    expect(sel).toMatchObject({ vacant: true, vacancyClause: 'Z4' });
  });

  it('Z4: a county that sets cut-offs on the zhongmu profile has them applied inclusively', () => {
    const p = { ...ZHONGMU, cutoffs: { ...ZHONGMU.cutoffs, material: { value: '550', clause: 'local-1' } } };
    const s = byId(select(p, [app('A', '550', '600', null), app('B', '549.99', null, null)]));
    expect(s.A!.outcome).toBe('candidate');
    expect(s.B).toMatchObject({ outcome: 'below_material_cutoff', clause: 'local-1' });
  });
});
