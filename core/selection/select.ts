import { Decimal } from '../decimal';
import { problem, type Problem, type Where } from '../i18n/problem';
import type { Cutoff, Profile, TieBreak } from '../profiles/profile';

export type SelectionFlag = 'disqualified' | 'repeat_winner';

/** What one applicant reached: stage scores in points, null where the stage was not reached. */
export interface StageScores {
  applicantId: string;
  name?: string;
  industry?: string;
  material: Decimal | null;
  site: Decimal | null;
  defense: Decimal | null;
  /** Score of the results category (4.7), used only to break ties. */
  results: Decimal | null;
  flags: readonly SelectionFlag[];
  where?: Where;
}

export type Outcome =
  | 'candidate'
  | 'tie'
  | 'outside_quota'
  | 'below_material_cutoff'
  | 'below_review_cutoff'
  | 'below_composite_cutoff'
  | 'disqualified';

export interface SelectionRow {
  applicantId: string;
  name?: string;
  industry?: string;
  material: Decimal | null;
  site: Decimal | null;
  defense: Decimal | null;
  review: Decimal | null;
  composite: Decimal | null;
  /** The profile's ranking score (Yunyang: composite; Zhongmu: site), null if the applicant never reached it. */
  score: Decimal | null;
  /** Rank in the final selection after the tie-breaks (1,2,2,4), null outside it. */
  rank: number | null;
  outcome: Outcome;
  /** The clause that decided the outcome. */
  clause: string;
  repeatWinner: boolean;
  /** The tie-break that separated this applicant from others with an equal score, if one did. */
  tieBrokenBy: TieBreak | null;
}

export interface Selection {
  rows: SelectionRow[];
  /** Nobody qualified: the award is vacant this year. */
  vacant: boolean;
  vacancyClause: string | null;
  /** Applicants tied for the last place of the quota after every tie-break: the committee decides. */
  tiedForLastPlace: string[];
  problems: Problem[];
}

const below = (score: Decimal, cutoff: Cutoff | null): boolean => cutoff !== null && score.lt(cutoff.value);

interface Finalist {
  row: SelectionRow;
  input: StageScores;
}

function tieValue(f: Finalist, key: TieBreak): Decimal | null {
  switch (key) {
    case 'site':
      return f.input.site;
    case 'defense':
      return f.input.defense;
    case 'results':
      return f.input.results;
    case 'material':
      return f.input.material;
  }
}

/** Split a group of equal values by key, highest first; members that tie on every value stay together. */
function splitBy<T>(members: T[], value: (m: T) => Decimal): T[][] {
  const sorted = [...members].sort((a, b) => value(b).cmp(value(a)));
  const groups: T[][] = [];
  for (const m of sorted) {
    const last = groups[groups.length - 1];
    if (last && value(last[0] as T).eq(value(m))) last.push(m);
    else groups.push([m]);
  }
  return groups;
}

/**
 * Order finalists by ranking score, then refine each group of equal scores by the tie-breaks in order. A tie-break
 * applies to a group only when every member has that value; otherwise the group stays tied for the committee.
 */
function rankFinalists(profile: Profile, finalists: Finalist[]): Finalist[][] {
  const byId = (a: Finalist, b: Finalist) => (a.row.applicantId < b.row.applicantId ? -1 : a.row.applicantId > b.row.applicantId ? 1 : 0);
  const refine = (group: Finalist[], keys: readonly TieBreak[]): Finalist[][] => {
    if (group.length < 2 || keys.length === 0) return [group.sort(byId)];
    const [key, ...rest] = keys as [TieBreak, ...TieBreak[]];
    if (group.some((f) => tieValue(f, key) === null)) return refine(group, rest);
    const parts = splitBy(group, (f) => tieValue(f, key) as Decimal);
    if (parts.length > 1) for (const f of group) f.row.tieBrokenBy ??= key;
    return parts.flatMap((p) => refine(p, rest));
  };
  return splitBy(finalists, (f) => f.row.score as Decimal).flatMap((g) => refine(g, profile.tieBreaks));
}

/**
 * The final selection (Y16.6, Z4, Z17.7, Z28): review score, composite, inclusive cut-offs, ranking with
 * tie-breaks, the quota, repeat winners outside it, and vacancy. Every applicant ends with an outcome and its clause.
 */
export function select(profile: Profile, applicants: readonly StageScores[]): Selection {
  const problems: Problem[] = [];
  const rows: SelectionRow[] = [];
  const finalists: Finalist[] = [];
  const seen = new Set<string>();
  for (const a of applicants) {
    if (seen.has(a.applicantId)) {
      problems.push(problem('SELECT_DUPLICATE_APPLICANT', { applicant: a.applicantId }, a.where));
      continue;
    }
    seen.add(a.applicantId);
    const row: SelectionRow = {
      applicantId: a.applicantId,
      material: a.material,
      site: a.site,
      defense: a.defense,
      review: null,
      composite: null,
      score: null,
      rank: null,
      outcome: 'disqualified',
      clause: profile.disqualifyClause,
      repeatWinner: a.flags.includes('repeat_winner'),
      tieBrokenBy: null,
    };
    if (a.name !== undefined) row.name = a.name;
    if (a.industry !== undefined) row.industry = a.industry;
    rows.push(row);
    if (a.flags.includes('disqualified')) continue;
    const missing = (stage: string) => problems.push(problem('SELECT_MISSING_SCORE', { applicant: a.applicantId, stage }, a.where));
    const misplaced = (stage: string) =>
      problems.push(problem('SELECT_SCORE_AFTER_FAILED_STAGE', { applicant: a.applicantId, stage }, a.where));

    if (a.material === null) {
      missing('material');
      continue;
    }
    if (below(a.material, profile.cutoffs.material)) {
      row.outcome = 'below_material_cutoff';
      row.clause = profile.cutoffs.material!.clause;
      if (a.site !== null) misplaced('site');
      continue;
    }
    if (a.site === null) {
      // With a numeric cut-off the site review follows by right; without one, the group chose who goes on.
      if (profile.cutoffs.material) missing('site');
      row.outcome = 'below_material_cutoff';
      row.clause = profile.siteReviewClause;
      continue;
    }
    if (profile.weights) {
      row.review = a.material.times(profile.weights.material).plus(a.site.times(profile.weights.site));
      if (below(row.review, profile.cutoffs.review)) {
        row.outcome = 'below_review_cutoff';
        row.clause = profile.cutoffs.review!.clause;
        continue;
      }
    }
    if (profile.defense && row.review !== null) {
      if (a.defense === null) {
        missing('defense');
        continue;
      }
      row.composite = row.review.plus(a.defense);
    }
    row.score = profile.ranking.score === 'site' ? a.site : profile.ranking.score === 'review' ? row.review : row.composite;
    if (row.score === null) {
      missing(profile.ranking.score);
      continue;
    }
    finalists.push({ row, input: a });
  }

  const tiedForLastPlace: string[] = [];
  const groups = rankFinalists(profile, finalists);
  let position = 1;
  for (const g of groups) {
    for (const f of g) f.row.rank = position;
    position += g.length;
  }
  const rankingCutoff = profile.ranking.score === 'composite' ? profile.cutoffs.composite : null;
  let filled = 0;
  for (const g of groups) {
    const inQuota: Finalist[] = [];
    for (const f of g) {
      if (below(f.row.score as Decimal, rankingCutoff)) {
        f.row.outcome = 'below_composite_cutoff';
        f.row.clause = rankingCutoff!.clause;
      } else if (f.row.repeatWinner && profile.repeatWinners.outsideQuota) {
        f.row.outcome = 'candidate';
        f.row.clause = profile.repeatWinners.clause;
      } else inQuota.push(f);
    }
    if (inQuota.length === 0) continue;
    const left = profile.quota.max - filled;
    let outcome: Outcome;
    let clause = profile.quota.clause;
    if (inQuota.length <= left) outcome = 'candidate';
    else if (left > 0) {
      outcome = 'tie';
      clause = profile.tieClause;
      tiedForLastPlace.push(...inQuota.map((f) => f.row.applicantId));
    } else outcome = 'outside_quota';
    for (const f of inQuota) {
      f.row.outcome = outcome;
      f.row.clause = clause;
    }
    filled = Math.min(profile.quota.max, filled + inQuota.length);
  }
  const vacant = problems.length === 0 && !rows.some((r) => r.outcome === 'candidate' || r.outcome === 'tie');
  return {
    rows: sortForSheet(rows),
    vacant,
    vacancyClause: vacant ? profile.vacancyClause : null,
    tiedForLastPlace,
    problems,
  };
}

const OUTCOME_ORDER: Outcome[] = [
  'candidate',
  'tie',
  'outside_quota',
  'below_composite_cutoff',
  'below_review_cutoff',
  'below_material_cutoff',
  'disqualified',
];

/** Ranked applicants first by rank; then the rest by how far they got and their last score; then by id. */
function sortForSheet(rows: SelectionRow[]): SelectionRow[] {
  const last = (r: SelectionRow) => r.score ?? r.review ?? r.material ?? new Decimal(-1);
  return [...rows].sort((a, b) => {
    if (a.rank !== null || b.rank !== null) {
      if (a.rank === null) return 1;
      if (b.rank === null) return -1;
      if (a.rank !== b.rank) return a.rank - b.rank;
    } else {
      const o = OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome);
      if (o !== 0) return o;
      const c = last(b).cmp(last(a));
      if (c !== 0) return c;
    }
    return a.applicantId < b.applicantId ? -1 : a.applicantId > b.applicantId ? 1 : 0;
  });
}
