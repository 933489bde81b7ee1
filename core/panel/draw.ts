import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { problem, type Problem } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import { sameIndustry, type Expert, type PanelApplicant } from './pool';
import { recusalsOf, type Recusal } from './recusal';

/**
 * The draw, step by step, so that anyone with the same pool, applicants and seed gets the same panel (README,
 * "People, dates and awards"):
 *
 * 1. The generator is pure-rand's xoroshiro128+ seeded with the published seed (an integer 0..4294967295).
 * 2. Applicants are grouped by industry; groups are taken in the order of their industry names (by Unicode code
 *    point) and numbered G1, G2, ...; within a group applicants are listed by id. File order changes nothing.
 * 3. For each group in turn, the candidates are the pool's experts, sorted by id, whose specialties include the
 *    industry, who are not yet drawn for another group, and who have no recusal (YR4, Z18) towards any applicant of
 *    the group. The group needs `size` of them, else the draw fails for that group and says why.
 * 4. From the n candidates, k are drawn by a partial Fisher-Yates shuffle: for i = 0..k-1, j = uniformInt(i, n-1)
 *    (pure-rand's unbiased uniform integer), swap candidates i and j. The first drawn is the leader (组长).
 * 5. The defense panel (Y16.4), if the profile has one, is drawn after every group from the whole pool sorted by id,
 *    less anyone with a recusal towards any applicant: first the scorers, then the non-scoring advisors from those
 *    left, by the same partial shuffle with the same generator. Members of review groups may sit on it.
 */
export interface DrawOptions {
  seed: number;
  /** Reviewers per group; the profile's minimum when not given (Y8, Z11: 3-5). */
  groupSize?: number;
  /** Defense panel: scorers (at least the profile's minimum) and advisors (within the profile's range). */
  defense?: { scorers?: number; advisors?: number };
}

export interface DrawnGroup {
  id: string;
  industry: string;
  applicants: PanelApplicant[];
  /** Drawn reviewers in draw order; the first is the leader. */
  members: Expert[];
  leader: Expert;
  /** Specialists of the industry who were passed over, with the reason. */
  recused: Recusal[];
}

export interface DefensePanel {
  scorers: Expert[];
  advisors: Expert[];
  recused: Recusal[];
}

export type DrawResult =
  | { ok: true; seed: number; groups: DrawnGroup[]; defense: DefensePanel | null }
  | { ok: false; seed: number; problems: Problem[] };

export const MAX_SEED = 4294967295;

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Partial Fisher-Yates: the first k of `list` after k swaps, in draw order. */
function drawK<T>(rng: RandomGenerator, list: readonly T[], k: number): T[] {
  const a = [...list];
  for (let i = 0; i < k; i++) {
    const j = uniformInt(rng, i, a.length - 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
}

export function drawPanels(profile: Profile, pool: readonly Expert[], applicants: readonly PanelApplicant[], options: DrawOptions): DrawResult {
  const seed = options.seed;
  const problems: Problem[] = [];
  const clauses = profile.panel?.recusal ?? { interest: 'YR4.1', complaint: 'YR4.2' };
  if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) return { ok: false, seed, problems: [problem('PANEL_BAD_SEED', { value: seed, max: MAX_SEED })] };
  const size = options.groupSize ?? profile.group.min;
  if (!Number.isInteger(size) || size < profile.group.min || size > profile.group.max) {
    return { ok: false, seed, problems: [problem('PANEL_GROUP_SIZE', { value: size, min: profile.group.min, max: profile.group.max, clause: profile.group.clause })] };
  }
  const experts = [...pool].sort(byId);
  const sortedApplicants = [...applicants].sort(byId);
  const rng = xoroshiro128plus(seed | 0);

  const industries: string[] = [];
  for (const a of applicants) if (!industries.some((i) => sameIndustry(i, a.industry))) industries.push(a.industry);
  industries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const taken = new Set<string>();
  const groups: DrawnGroup[] = [];
  industries.forEach((industry, gi) => {
    const id = `G${gi + 1}`;
    const members = applicants.filter((a) => sameIndustry(a.industry, industry)).sort(byId);
    const specialists = experts.filter((e) => e.specialties.some((s) => sameIndustry(s, industry)));
    const recused: Recusal[] = [];
    const candidates: Expert[] = [];
    let busy = 0;
    for (const e of specialists) {
      const r = recusalsOf(e, members, clauses);
      if (r.length) recused.push(...r);
      else if (taken.has(e.id)) busy++;
      else candidates.push(e);
    }
    if (candidates.length < size) {
      const recusedExperts = new Set(recused.map((r) => r.expertId)).size;
      problems.push(
        problem('PANEL_CANNOT_FILL', {
          group: id,
          industry,
          needed: size,
          available: candidates.length,
          specialists: specialists.length,
          recused: recusedExperts,
          busy,
          reasons: summarise(recused),
        }),
      );
      return;
    }
    const drawn = drawK(rng, candidates, size);
    for (const e of drawn) taken.add(e.id);
    groups.push({ id, industry, applicants: members, members: drawn, leader: drawn[0]!, recused });
  });

  let defense: DefensePanel | null = null;
  if (profile.defense && problems.length === 0) {
    const d = profile.defense;
    const scorers = Math.max(options.defense?.scorers ?? d.minScorers, d.minScorers);
    const advisors = options.defense?.advisors ?? d.advisors.min;
    if (advisors < d.advisors.min || advisors > d.advisors.max) {
      problems.push(problem('PANEL_ADVISORS', { value: advisors, min: d.advisors.min, max: d.advisors.max, clause: d.clause }));
    } else {
      const recused: Recusal[] = [];
      const free: Expert[] = [];
      for (const e of experts) {
        const r = recusalsOf(e, sortedApplicants, clauses);
        if (r.length) recused.push(...r);
        else free.push(e);
      }
      if (free.length < scorers + advisors) {
        problems.push(
          problem('PANEL_DEFENSE_CANNOT_FILL', {
            needed: scorers + advisors,
            scorers,
            advisors,
            available: free.length,
            recused: new Set(recused.map((r) => r.expertId)).size,
            reasons: summarise(recused),
            clause: d.clause,
          }),
        );
      } else {
        const s = drawK(rng, free, scorers);
        const left = free.filter((e) => !s.includes(e));
        defense = { scorers: s, advisors: drawK(rng, left, advisors), recused };
      }
    }
  }
  return problems.length ? { ok: false, seed, problems } : { ok: true, seed, groups, defense };
}

/** "R07 employer 9150…; R12 complaint_pending" for a failure message. */
function summarise(recused: readonly Recusal[]): string {
  return recused.map((r) => `${r.expertId} ${r.reason}${r.applicantId ? ` ${r.applicantId}` : ''}`).join('; ');
}
