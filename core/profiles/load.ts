import { Decimal } from '../decimal';
import { problem, type Problem } from '../i18n/problem';
import { CRITERIA_TREES, type CriteriaTree } from './criteria';
import type { Profile } from './profile';
import { profileSchema } from './schema';
import { YUNYANG_2022 } from './yunyang-2022';
import { ZHONGMU } from './zhongmu';

export const SHIPPED_PROFILES: Record<string, Profile> = {
  [YUNYANG_2022.id]: YUNYANG_2022,
  [ZHONGMU.id]: ZHONGMU,
};

export type LoadResult = { ok: true; profile: Profile } | { ok: false; problems: Problem[] };

export function getProfile(id: string): Profile | undefined {
  return SHIPPED_PROFILES[id];
}

const fieldProblem = (field: string, code: string, params?: Record<string, string | number>): Problem =>
  problem(code, params, { field });

/**
 * Load a county's profile from parsed JSON. `basedOn` names a shipped profile whose sections fill what the JSON
 * leaves out, so a secretariat can start from either seed and change only what differs.
 */
export function loadProfile(json: unknown): LoadResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, problems: [fieldProblem('(root)', 'PROFILE_NOT_OBJECT')] };
  }
  let input = { ...(json as Record<string, unknown>) };
  const basedOn = input.basedOn;
  delete input.basedOn;
  if (basedOn !== undefined) {
    const base = typeof basedOn === 'string' ? SHIPPED_PROFILES[basedOn] : undefined;
    if (!base) return { ok: false, problems: [fieldProblem('basedOn', 'PROFILE_UNKNOWN_BASE', { value: String(basedOn) })] };
    input = { ...structuredClone(base), ...input } as Record<string, unknown>;
  }
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => {
        const field = [...i.path.map(String), ...('keys' in i && Array.isArray(i.keys) ? [i.keys.join(',')] : [])].join('.') || '(root)';
        return fieldProblem(field, i.code === 'unrecognized_keys' ? 'PROFILE_UNKNOWN_FIELD' : 'PROFILE_INVALID_FIELD', {
          detail: i.message,
        });
      }),
    };
  }
  const raw = parsed.data;
  let criteria: CriteriaTree;
  if (typeof raw.criteria === 'string') {
    const tree = CRITERIA_TREES[raw.criteria];
    if (!tree) return { ok: false, problems: [fieldProblem('criteria', 'PROFILE_UNKNOWN_CRITERIA', { value: raw.criteria })] };
    criteria = tree;
  } else {
    criteria = raw.criteria as CriteriaTree;
  }
  const profile: Profile = { ...(raw as unknown as Profile), criteria };
  const problems = validateProfile(profile);
  return problems.length ? { ok: false, problems } : { ok: true, profile };
}

/** The checks that a schema cannot express: sums, ranges and the consistency of the stages. */
export function validateProfile(p: Profile): Problem[] {
  const out: Problem[] = [];
  const tree = p.criteria;
  const seen = new Set<string>();
  let sum = 0;
  tree.categories.forEach((c, ci) => {
    sum += c.points;
    const itemSum = c.items.reduce((s, i) => s + i.points, 0);
    if (itemSum !== c.points) {
      out.push(fieldProblem(`criteria.categories.${ci}.points`, 'PROFILE_ITEMS_SUM', { clause: c.clause, points: c.points, sum: itemSum }));
    }
    for (const [ii, i] of c.items.entries()) {
      if (seen.has(i.clause)) out.push(fieldProblem(`criteria.categories.${ci}.items.${ii}.clause`, 'PROFILE_DUPLICATE_CLAUSE', { clause: i.clause }));
      seen.add(i.clause);
    }
    if (seen.has(c.clause)) out.push(fieldProblem(`criteria.categories.${ci}.clause`, 'PROFILE_DUPLICATE_CLAUSE', { clause: c.clause }));
    seen.add(c.clause);
  });
  if (sum !== tree.total) out.push(fieldProblem('criteria.total', 'PROFILE_CATEGORIES_SUM', { total: tree.total, sum }));

  const step = p.scoring.step;
  if (!Number.isInteger(step) || step <= 0 || 100 % step !== 0) out.push(fieldProblem('scoring.step', 'PROFILE_STEP', { step }));
  const floors = p.scoring.bandFloors;
  if (floors[0] !== 0 || floors.some((f, i) => i > 0 && f <= (floors[i - 1] as number))) {
    out.push(fieldProblem('scoring.bandFloors', 'PROFILE_BANDS'));
  }
  if (p.group.min > p.group.max) out.push(fieldProblem('group.min', 'PROFILE_MIN_GT_MAX', { min: p.group.min, max: p.group.max }));
  if (p.defense && p.defense.advisors.min > p.defense.advisors.max) {
    out.push(fieldProblem('defense.advisors.min', 'PROFILE_MIN_GT_MAX', { min: p.defense.advisors.min, max: p.defense.advisors.max }));
  }
  if (p.quota.max < 1) out.push(fieldProblem('quota.max', 'PROFILE_QUOTA', { value: p.quota.max }));

  if (p.weights) {
    const total = new Decimal(p.weights.material).plus(p.weights.site);
    if (!total.eq(1)) out.push(fieldProblem('weights', 'PROFILE_WEIGHTS_SUM', { sum: total.toString() }));
  }
  const needs = (field: string, what: 'weights' | 'defense') => out.push(fieldProblem(field, 'PROFILE_NEEDS', { needs: what }));
  if ((p.ranking.score === 'composite' || p.ranking.score === 'review') && !p.weights) needs('ranking.score', 'weights');
  if (p.ranking.score === 'composite' && !p.defense) needs('ranking.score', 'defense');
  if (p.cutoffs.review && !p.weights) needs('cutoffs.review', 'weights');
  if (p.cutoffs.composite && (!p.weights || !p.defense)) needs('cutoffs.composite', p.weights ? 'defense' : 'weights');

  const inRange = (field: string, c: { value: string } | null, max: number) => {
    if (c && new Decimal(c.value).gt(max)) out.push(fieldProblem(field, 'PROFILE_CUTOFF_RANGE', { value: c.value, max }));
  };
  inRange('cutoffs.material.value', p.cutoffs.material, tree.total);
  inRange('cutoffs.review.value', p.cutoffs.review, tree.total);
  inRange('cutoffs.composite.value', p.cutoffs.composite, tree.total + (p.defense?.max ?? 0));
  return out;
}
