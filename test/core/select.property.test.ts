import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal';
import type { Profile } from '../../core/profiles/profile';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { ZHONGMU } from '../../core/profiles/zhongmu';
import { select, type StageScores } from '../../core/selection/select';

/** Scores in twentieths of a point on a coarse grid, so that equal scores and ties are common. */
const score = (max: number) => fc.integer({ min: 0, max: max / 5 }).map((n) => new Decimal(n).times(5));

function applicants(profile: Profile) {
  const one = fc.record({
    material: score(1000).map((m) => m.plus(profile.cutoffs.material ? 400 : 0).clampedTo(0, 1000)),
    site: score(1000),
    defense: score(100),
    results: score(400),
    repeat: fc.boolean(),
  });
  return fc.array(one, { minLength: 1, maxLength: 12 }).map((list) =>
    list.map(
      (a, i): StageScores => ({
        applicantId: `A${String(i).padStart(2, '0')}`,
        material: a.material,
        site: profile.cutoffs.material && a.material.lt(profile.cutoffs.material.value) ? null : a.site,
        defense: profile.defense ? a.defense : null,
        results: a.results,
        flags: a.repeat ? ['repeat_winner'] : [],
      }),
    ),
  );
}

const summary = (sel: ReturnType<typeof select>) => new Map(sel.rows.map((r) => [r.applicantId, `${r.rank}|${r.outcome}|${r.clause}`]));

for (const profile of [YUNYANG_2022, ZHONGMU]) {
  describe(`selection properties (${profile.id})`, () => {
    it('the ranking and outcomes do not depend on the order of the input', () => {
      fc.assert(
        fc.property(applicants(profile).chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))), ([list, shuffled]) => {
          expect(summary(select(profile, shuffled))).toEqual(summary(select(profile, list)));
        }),
        { numRuns: 300 },
      );
    });

    it("raising one applicant's site score never lowers its rank", () => {
      fc.assert(
        fc.property(applicants(profile), fc.nat(), fc.integer({ min: 1, max: 60 }), (list, pick, raise) => {
          const i = pick % list.length;
          const before = select(profile, list).rows.find((r) => r.applicantId === list[i]!.applicantId)!;
          if (before.rank === null || list[i]!.site === null) return;
          const raised = list.map((a, j) => (j === i ? { ...a, site: Decimal.min(1000, a.site!.plus(raise)) } : a));
          const after = select(profile, raised).rows.find((r) => r.applicantId === list[i]!.applicantId)!;
          expect(after.rank).not.toBeNull();
          expect(after.rank!).toBeLessThanOrEqual(before.rank);
        }),
        { numRuns: 300 },
      );
    });

    it('stage, review and composite scores stay within the scale, and candidates never exceed the quota', () => {
      fc.assert(
        fc.property(applicants(profile), (list) => {
          const sel = select(profile, list);
          const max = profile.criteria.total + (profile.defense?.max ?? 0);
          for (const r of sel.rows) {
            if (r.review) expect(r.review.gte(0) && r.review.lte(profile.criteria.total)).toBe(true);
            if (r.score) expect(r.score.gte(0) && r.score.lte(max)).toBe(true);
          }
          const inQuota = sel.rows.filter((r) => r.outcome === 'candidate' && !(r.repeatWinner && profile.repeatWinners.outsideQuota));
          expect(inQuota.length).toBeLessThanOrEqual(profile.quota.max);
          expect(sel.vacant).toBe(!sel.rows.some((r) => r.outcome === 'candidate' || r.outcome === 'tie'));
        }),
        { numRuns: 300 },
      );
    });
  });
}
