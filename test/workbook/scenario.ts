import fc from 'fast-check';
import { leafItems } from '../../core/profiles/criteria';
import { getProfile } from '../../core/profiles/load';
import type { Profile } from '../../core/profiles/profile';
import { applicantsOf, defenseRows, groupsOf, STAGES, type Assignment, type Typed, type WorkbookInput } from '../../core/workbook/input';

export interface Scenario {
  label: string;
  input: WorkbookInput;
  typed: Typed;
}

const SURNAMES = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '艳', '勇'];
const FIRMS = ['云阳盛达机械', '双江食品', '青龙纺织', '龙角建材', '盘龙电子', '江口茶业', '人和药业', '高阳水泥'];

export function roster(profile: Profile, nApplicants: number, nReviewers: number, assignments: Assignment[] | null = null, year = 2025): WorkbookInput {
  return {
    profile,
    year,
    lang: 'zh',
    applicants: Array.from({ length: nApplicants }, (_, i) => ({
      id: `91500235MA${String(1000 + i)}X`,
      name: `${FIRMS[i % FIRMS.length]}有限公司${i >= FIRMS.length ? i : ''}`,
      industry: ['制造业', '食品', '建材'][i % 3]!,
      town: ['青龙街道', '双江街道', '人和街道'][i % 3]!,
    })),
    reviewers: Array.from({ length: nReviewers }, (_, i) => ({ id: `R${String(i + 1).padStart(2, '0')}`, name: `${SURNAMES[i % 9]}${GIVEN[(i * 4) % 9]}` })),
    assignments,
  };
}

/**
 * Whole percentages (multiples of 5) for every item giving exactly `hundredths` points: a small subset-sum over
 * the items, so a test can put a stage score exactly on a cut-off.
 */
export function pctsForTotal(profile: Profile, hundredths: number): Map<string, number> {
  const items = leafItems(profile.criteria);
  const step = profile.scoring.step;
  const target = hundredths / step; // sum of points x k, with pct = k x step
  if (!Number.isInteger(target)) throw new Error(`${hundredths} is not reachable on step ${step}`);
  const kMax = 100 / step;
  // reach[i][t]: k of item i on a way to reach t with items 0..i
  const reach: Int8Array[] = [];
  let prev = new Uint8Array(target + 1);
  prev[0] = 1;
  for (const it of items) {
    const choice = new Int8Array(target + 1).fill(-1);
    const next = new Uint8Array(target + 1);
    for (let t = 0; t <= target; t++) {
      if (!prev[t]) continue;
      for (let k = kMax; k >= 0; k--) {
        const u = t + it.points * k;
        if (u <= target && !next[u]) {
          next[u] = 1;
          choice[u] = k;
        }
      }
    }
    reach.push(choice);
    prev = next;
  }
  if (!prev[target]) throw new Error(`no percentages give ${hundredths}`);
  const out = new Map<string, number>();
  let t = target;
  for (let i = items.length - 1; i >= 0; i--) {
    const k = reach[i]![t]!;
    out.set(items[i]!.clause, k * step);
    t -= items[i]!.points * k;
  }
  return out;
}

/** Every reviewer of the group gives the same percentages, so the consensus total is exactly `hundredths`. */
export function fillStage(input: WorkbookInput, typed: Typed, stage: 'material' | 'site', applicantId: string, hundredths: number): void {
  const pcts = pctsForTotal(input.profile, hundredths);
  for (const rid of groupsOf(input, stage).get(applicantId)!) for (const [item, v] of pcts) typed[`score|${stage}|${rid}|${applicantId}|${item}`] = v;
}

export function fillDefense(input: WorkbookInput, typed: Typed, applicantId: string, scores: number[]): void {
  scores.forEach((v, k) => (typed[`defense|${k + 1}|${applicantId}`] = v));
}

/**
 * Yunyang's cut-offs met exactly, float-noisy weights, a three-way tie on composite broken by the site score, and a
 * tie that no tie-break separates (worked out by hand in the comments).
 */
export function cutoffScenario(): Scenario {
  const p = getProfile('yunyang-2022')!;
  const input = roster(p, 8, 3);
  const typed: Typed = {};
  const id = (i: number) => input.applicants[i]!.id;
  const five = (v: number) => [v, v, v, v, v];
  // 0: material 500.00 (= cut-off), site 312.50: review 0.2x500 + 0.8x312.5 = 100 + 250 = 350.00 (= cut-off);
  //    defense 50 -> composite 400.00 (= cut-off)
  fillStage(input, typed, 'material', id(0), 50000);
  fillStage(input, typed, 'site', id(0), 31250);
  fillDefense(input, typed, id(0), five(50));
  // 1: material 499.75, one quarter point short -> below the material cut-off, no site review
  fillStage(input, typed, 'material', id(1), 49975);
  // 2: material 500.25, site 314.25: review 100.05 + 251.40 = 351.45; defense 48.55 -> composite 400.00
  fillStage(input, typed, 'material', id(2), 50025);
  fillStage(input, typed, 'site', id(2), 31425);
  fillDefense(input, typed, id(2), five(48.55));
  // 3: material 600, site 312.25: review 120 + 249.80 = 369.80; defense (30.1+30.3+30.2+30.2+30.2)/5 = 30.20
  //    -> composite 400.00: tied with 0 and 2 on composite; site breaks it: 2 (314.25), 0 (312.50), 3 (312.25)
  fillStage(input, typed, 'material', id(3), 60000);
  fillStage(input, typed, 'site', id(3), 31225);
  fillDefense(input, typed, id(3), [30.1, 30.3, 30.2, 30.2, 30.2]);
  // 4: material 520, site 305: review 104 + 244 = 348 -> below the review cut-off
  fillStage(input, typed, 'material', id(4), 52000);
  fillStage(input, typed, 'site', id(4), 30500);
  // 5: material 900, site 900, defense 95 -> review 900, composite 995: rank 1
  fillStage(input, typed, 'material', id(5), 90000);
  fillStage(input, typed, 'site', id(5), 90000);
  fillDefense(input, typed, id(5), five(95));
  // 6 and 7: identical (material 700, site 600, defense 90 -> composite 710) on every tie-break: rank 2 both, one
  //    place left in the quota of 2 -> a tie for the committee; 2, 0, 3 rank 4, 5, 6 outside the quota
  for (const i of [6, 7]) {
    fillStage(input, typed, 'material', id(i), 70000);
    fillStage(input, typed, 'site', id(i), 60000);
    fillDefense(input, typed, id(i), five(90));
  }
  return { label: 'yunyang-cutoffs', input, typed };
}

/** Zhongmu with 4 reviewers: 60, 60, 65, 65 averages 62.5 exactly, which must round up to 65. */
export function halfUpScenario(): Scenario {
  const p = getProfile('zhongmu')!;
  const input = roster(p, 3, 4);
  const typed: Typed = {};
  for (const a of input.applicants) {
    fillStage(input, typed, 'material', a.id, 60000);
    fillStage(input, typed, 'site', a.id, 60000);
  }
  const a0 = input.applicants[0]!.id;
  ['R01', 'R02', 'R03', 'R04'].forEach((r, k) => (typed[`score|site|${r}|${a0}|4.1.1`] = k < 2 ? 60 : 65));
  return { label: 'zhongmu-half-up', input, typed };
}

const pctArb = (level: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -3, max: 3 }).map((d) => Math.min(100, Math.max(0, level + d * 5))) },
    { weight: 1, arbitrary: fc.constantFrom(0, 100) },
  );

/** A random year: profile, roster, groups, entries with 0 and 100, the leader's values, defense scores. */
export const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    profileId: fc.constantFrom('yunyang-2022', 'zhongmu'),
    nA: fc.integer({ min: 3, max: 6 }),
    nR: fc.integer({ min: 3, max: 5 }),
    assigned: fc.boolean(),
  })
  .chain(({ profileId, nA, nR, assigned }) => {
    const profile = getProfile(profileId)!;
    const mkAssignments = fc.array(fc.shuffledSubarray([...Array(nR).keys()], { minLength: 3, maxLength: Math.min(5, nR) }), { minLength: 2 * nA, maxLength: 2 * nA });
    return fc.record({
      groups: assigned ? mkAssignments : fc.constant(null),
      levels: fc.array(fc.integer({ min: 6, max: 19 }).map((k) => k * 5), { minLength: nA, maxLength: nA }),
    }).chain(({ groups, levels }) => {
      const assignments: Assignment[] | null = groups
        ? groups.flatMap((g, k) => g.map((r) => ({ reviewerId: `R${String(r + 1).padStart(2, '0')}`, applicantId: `91500235MA${String(1000 + (k % nA))}X`, stage: k < nA ? ('material' as const) : ('site' as const) })))
        : null;
      const input = roster(profile, nA, nR, assignments);
      const cells: { key: string; arb: fc.Arbitrary<number | null> }[] = [];
      // a cell is left empty about once in 2,000: most applicants are complete, so their weighted scores, ranks and
      // outcomes are computed and compared, and a workbook of six still often has an incomplete one
      input.applicants.forEach((a, i) => {
        for (const stage of STAGES) {
          for (const r of input.reviewers) {
            if (!applicantsOf(input, stage, r.id).some((x) => x.id === a.id)) continue;
            for (const it of leafItems(profile.criteria)) {
              cells.push({ key: `score|${stage}|${r.id}|${a.id}|${it.clause}`, arb: fc.option(pctArb(levels[i]!), { freq: 2000, nil: null }) });
            }
          }
        }
      });
      const overrides = input.applicants.flatMap((a) =>
        leafItems(profile.criteria).slice(0, 3).map((it) => ({ key: `${a.id}|${it.clause}`, arb: fc.option(fc.integer({ min: 0, max: 20 }).map((k) => k * 5), { freq: 1, nil: null }) })),
      );
      const defense = profile.defense
        ? input.applicants.flatMap((a) =>
            Array.from({ length: defenseRows(profile) }, (_, k) => ({
              key: `defense|${k + 1}|${a.id}`,
              arb: k < profile.defense!.minScorers ? fc.integer({ min: 6000, max: 10000 }).map((h) => h / 100) : fc.option(fc.integer({ min: 0, max: 10000 }).map((h) => h / 100), { freq: 2, nil: null }),
            })),
          )
        : [];
      return fc
        .tuple(fc.tuple(...cells.map((c) => c.arb)), fc.tuple(...overrides.map((o) => o.arb)), fc.tuple(...defense.map((d) => d.arb)))
        .map(([vals, ovs, defs]) => {
          const typed: Typed = {};
          cells.forEach((c, k) => {
            const v = vals[k];
            if (v !== null && v !== undefined) typed[c.key] = v;
          });
          overrides.forEach((o, k) => {
            const v = ovs[k];
            if (v !== null && v !== undefined) {
              for (const stage of STAGES) {
                typed[`override|${stage}|${o.key}`] = v;
                typed[`reason|${stage}|${o.key}`] = '组长合议：现场核实后调整';
              }
            }
          });
          defense.forEach((d, k) => {
            const v = defs[k];
            if (v !== null && v !== undefined) typed[d.key] = v;
          });
          return { label: `${profileId}-${nA}x${nR}${assigned ? '-assigned' : ''}`, input, typed };
        });
    });
  });

