import fc from 'fast-check';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../core/i18n/catalog';
import { drawPanels, type DrawResult } from '../../core/panel/draw';
import type { Expert, PanelApplicant } from '../../core/panel/pool';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { ZHONGMU } from '../../core/profiles/zhongmu';

function expert(id: string, specialties: string[], over: Partial<Expert> = {}): Expert {
  return { id, name: `专家${id}`, specialties, certificate: `C-${id}`, employer: [], consulting: [], shares: [], otherTies: [], complaintPending: false, ...over };
}
const A1: PanelApplicant = { id: '91500235MA60123459', name: '重庆云峰机械有限公司', industry: '装备制造' };
const A2: PanelApplicant = { id: '91500235MA5U0AAA1X', name: '云阳县江口食品有限公司', industry: '食品' };
const ids = (xs: readonly Expert[]) => xs.map((e) => e.id);
const ok = (r: DrawResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r;
};

describe('panel draw', () => {
  it('Y8, Z11: a group of 3 reviewers with a leader, drawn by the applicants\' industry', () => {
    // only E1, E2, E3 review 装备制造: the group can only be these three, the leader one of them
    const pool = [expert('E1', ['装备制造']), expert('E2', ['装备制造', '食品']), expert('E3', ['装备制造']), expert('E4', ['化工'])];
    const r = ok(drawPanels(ZHONGMU, pool, [A1], { seed: 7 }));
    expect(r.groups).toHaveLength(1);
    const g = r.groups[0]!;
    expect(g).toMatchObject({ id: 'G1', industry: '装备制造' });
    expect(ids(g.members).sort()).toEqual(['E1', 'E2', 'E3']);
    expect(g.leader).toBe(g.members[0]);
    expect(r.defense).toBeNull(); // Zhongmu has no defense stage
  });

  it('Y8, Z11: a group size outside 3-5 is refused', () => {
    const pool = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'].map((id) => expert(id, ['装备制造']));
    for (const size of [2, 6]) {
      const r = drawPanels(ZHONGMU, pool, [A1], { seed: 1, groupSize: size });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'PANEL_GROUP_SIZE', params: { value: size, min: 3, max: 5, clause: 'Z11' } });
    }
    expect(ok(drawPanels(ZHONGMU, pool, [A1], { seed: 1, groupSize: 5 })).groups[0]!.members).toHaveLength(5);
  });

  it('YR4.1: a reviewer who works, consults, holds shares at or has another tie to an applicant does not review it', () => {
    const pool = [
      expert('E1', ['装备制造'], { employer: [A1.id] }),
      expert('E2', ['装备制造'], { consulting: ['重庆云峰机械有限公司'] }), // by name
      expert('E3', ['装备制造'], { shares: ['９１５００２３５ＭＡ６０１２３４５９'] }), // full-width code
      expert('E4', ['装备制造'], { otherTies: [A1.id] }),
      expert('E5', ['装备制造'], { employer: ['别的公司'] }),
      expert('E6', ['装备制造']),
      expert('E7', ['装备制造']),
    ];
    const r = ok(drawPanels(YUNYANG_2022, [...pool, ...['D1', 'D2', 'D3', 'D4'].map((id) => expert(id, ['其他']))], [A1], { seed: 99, defense: { scorers: 5 } }));
    const g = r.groups[0]!;
    expect(ids(g.members).sort()).toEqual(['E5', 'E6', 'E7']);
    expect(g.recused).toEqual([
      { expertId: 'E1', applicantId: A1.id, reason: 'employer', clause: 'YR4.1' },
      { expertId: 'E2', applicantId: A1.id, reason: 'consulting', clause: 'YR4.1' },
      { expertId: 'E3', applicantId: A1.id, reason: 'shares', clause: 'YR4.1' },
      { expertId: 'E4', applicantId: A1.id, reason: 'other_tie', clause: 'YR4.1' },
    ]);
  });

  it('YR4.2: a reviewer with a pending complaint reviews nobody', () => {
    const pool = [expert('E1', ['食品'], { complaintPending: true }), expert('E2', ['食品']), expert('E3', ['食品']), expert('E4', ['食品'])];
    const g = ok(drawPanels(ZHONGMU, pool, [A2], { seed: 3 })).groups[0]!;
    expect(ids(g.members).sort()).toEqual(['E2', 'E3', 'E4']);
    expect(g.recused).toEqual([{ expertId: 'E1', applicantId: null, reason: 'complaint_pending', clause: 'Z18' }]);
  });

  it('Z18: a draw that cannot fill a group without a conflict fails, naming the group and why', () => {
    const pool = [
      expert('E1', ['装备制造']),
      expert('E2', ['装备制造']),
      expert('E3', ['装备制造']),
      expert('F1', ['食品'], { employer: [A2.id] }),
      expert('F2', ['食品'], { complaintPending: true }),
      expert('F3', ['食品']),
    ];
    const r = drawPanels(ZHONGMU, pool, [A1, A2], { seed: 5 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // groups by industry name in code-point order: 装 (U+88C5) before 食 (U+98DF), so 食品 is G2
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ code: 'PANEL_CANNOT_FILL', params: { group: 'G2', industry: '食品', needed: 3, available: 1, specialists: 3, recused: 2, busy: 0 } });
    expect(formatProblem(r.problems[0]!, 'zh')).toBe(
      `评审组 G2（食品）需要 3 名评审员，只有 1 名可抽取：专家库中该专业 3 人，其中 2 人须回避（F1 employer ${A2.id}; F2 complaint_pending），0 人已抽入其他评审组`,
    );
  });

  it('a reviewer is drawn for one group only; the shortage says how many were busy', () => {
    // E1-E4 review both industries; two groups of 3 need 6 distinct reviewers
    const pool = ['E1', 'E2', 'E3', 'E4'].map((id) => expert(id, ['装备制造', '食品']));
    const r = drawPanels(ZHONGMU, pool, [A1, A2], { seed: 11 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ params: { group: 'G2', available: 1, busy: 3 } });
  });

  it('Y16.4: the defense panel has at least 5 scorers and 1-2 non-scoring advisors, none with a conflict', () => {
    const pool = [
      ...['E1', 'E2', 'E3'].map((id) => expert(id, ['装备制造'])),
      ...['P1', 'P2', 'P3', 'P4', 'P5'].map((id) => expert(id, ['质量管理'])),
      expert('X1', ['质量管理'], { shares: [A1.id] }),
    ];
    const r = ok(drawPanels(YUNYANG_2022, pool, [A1], { seed: 2024, defense: { advisors: 2 } }));
    const d = r.defense!;
    expect(d.scorers).toHaveLength(5);
    expect(d.advisors).toHaveLength(2);
    const all = [...ids(d.scorers), ...ids(d.advisors)];
    expect(new Set(all).size).toBe(7); // an advisor is never also a scorer
    expect(all).not.toContain('X1');
    expect(d.recused).toEqual([{ expertId: 'X1', applicantId: A1.id, reason: 'shares', clause: 'YR4.1' }]);
    // 3 advisors is outside 1-2
    const three = drawPanels(YUNYANG_2022, pool, [A1], { seed: 1, defense: { advisors: 3 } });
    expect(!three.ok && three.problems[0]!.code).toBe('PANEL_ADVISORS');
    // E1-E3, P1, P2 and the recused X1: 5 free experts cannot seat 5 scorers + 1 advisor
    const short = drawPanels(YUNYANG_2022, [...pool.slice(0, 5), pool[8]!], [A1], { seed: 1 });
    expect(!short.ok && short.problems[0]).toMatchObject({ code: 'PANEL_DEFENSE_CANNOT_FILL', params: { needed: 6, scorers: 5, advisors: 1, available: 5, recused: 1 } });
  });

  it('the draw follows its documented algorithm (checked against pure-rand used directly)', () => {
    // Second method: the steps of core/panel/draw.ts's comment, done by hand with the library.
    const pool = ['E5', 'E3', 'E1', 'E4', 'E2', 'E6'].map((id) => expert(id, ['食品']));
    const r = ok(drawPanels(ZHONGMU, pool, [A2], { seed: 20251001 }));
    const rng = xoroshiro128plus(20251001);
    const list = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'];
    for (let i = 0; i < 3; i++) {
      const j = uniformInt(rng, i, list.length - 1);
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    expect(ids(r.groups[0]!.members)).toEqual(list.slice(0, 3));
  });

  it('the order of the files changes nothing; another seed may give another panel', () => {
    const pool = Array.from({ length: 12 }, (_, i) => expert(`E${String(i + 1).padStart(2, '0')}`, i % 2 ? ['食品'] : ['装备制造', '食品']));
    const a = ok(drawPanels(ZHONGMU, pool, [A1, A2], { seed: 8 }));
    const b = ok(drawPanels(ZHONGMU, [...pool].reverse(), [A2, A1], { seed: 8 }));
    expect(b).toEqual(a);
    const seeds = Array.from({ length: 20 }, (_, s) => ids(ok(drawPanels(ZHONGMU, pool, [A1, A2], { seed: s })).groups[1]!.members).join());
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('a seed outside 0..4294967295 is refused', () => {
    const r = drawPanels(ZHONGMU, [], [A1], { seed: -1 });
    expect(!r.ok && r.problems[0]!.code).toBe('PANEL_BAD_SEED');
  });
});

describe('panel draw: properties over random pools and seeds', () => {
  const INDUSTRIES = ['装备制造', '食品', '化工'];
  const applicants: PanelApplicant[] = Array.from({ length: 6 }, (_, i) => ({ id: `A${i}`, name: `单位${i}`, industry: INDUSTRIES[i % 3]! }));
  const expertArb = (id: string) =>
    fc.record({
      specialties: fc.subarray(INDUSTRIES, { minLength: 1 }),
      employer: fc.subarray(applicants.map((a) => a.id)),
      shares: fc.subarray(applicants.map((a) => a.name)),
      complaintPending: fc.boolean(),
    }).map((r) => expert(id, r.specialties, { employer: r.employer, shares: r.shares, complaintPending: r.complaintPending }));
  const poolArb = fc.integer({ min: 9, max: 30 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => expertArb(`E${i}`))));

  it('YR4, Z18: no drawn group or defense panel ever contains a recused reviewer', () => {
    fc.assert(
      fc.property(poolArb, fc.integer({ min: 0, max: 4294967295 }), fc.constantFrom(YUNYANG_2022, ZHONGMU), (pool, seed, profile) => {
        const r = drawPanels(profile, pool, applicants, { seed });
        if (!r.ok) return r.problems.every((p) => p.code === 'PANEL_CANNOT_FILL' || p.code === 'PANEL_DEFENSE_CANNOT_FILL');
        const conflicted = (e: Expert, as: readonly PanelApplicant[]) =>
          e.complaintPending || as.some((a) => e.employer.includes(a.id) || e.shares.includes(a.name));
        for (const g of r.groups) {
          for (const e of g.members) {
            if (conflicted(e, g.applicants)) return false;
            if (!e.specialties.includes(g.industry)) return false;
          }
          if (g.members.length < 3) return false;
        }
        const all = r.groups.flatMap((g) => ids(g.members));
        if (new Set(all).size !== all.length) return false;
        if (r.defense) for (const e of [...r.defense.scorers, ...r.defense.advisors]) if (conflicted(e, applicants)) return false;
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('the same seed always gives the same groups', () => {
    fc.assert(
      fc.property(poolArb, fc.integer({ min: 0, max: 4294967295 }), (pool, seed) => {
        const a = drawPanels(YUNYANG_2022, pool, applicants, { seed });
        const b = drawPanels(YUNYANG_2022, [...pool].reverse(), [...applicants].reverse(), { seed });
        expect(b).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });
});
