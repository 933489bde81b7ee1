import type { CriteriaTree, Text } from './criteria';

/** A cut-off with the clause that sets it. Inclusive: a score equal to the value passes ("以上（含）"). */
export interface Cutoff {
  value: string;
  clause: string;
}

export type StageId = 'material' | 'site';
export type RankingScore = 'composite' | 'review' | 'site';
export type TieBreak = 'site' | 'defense' | 'results' | 'material';

/**
 * A rule profile: every number of the rules that a program uses. Decimal values are kept as strings so a
 * profile is plain JSON and no weight or cut-off ever passes through a binary float.
 */
export interface Profile {
  id: string;
  name: Text;
  /** The documents the values come from. */
  sources: string[];
  criteria: CriteriaTree;
  scoring: {
    /** Percentages are entered on this step (CRITERIA.md, default 5); a whole number that divides 100. */
    step: number;
    /** Lowest percentage of bands 1..6 (GB/Z 19579): 0, 10, 30, 50, 70, 90. */
    bandFloors: number[];
  };
  consensus: {
    method: 'mean_round_to_step';
    /** An item is flagged when max - min of its percentages reaches this. */
    spreadThreshold: number;
    /** ... or when its percentages fall in bands this far apart. */
    bandGap: number;
  };
  group: { min: number; max: number; clause: string };
  /** Defense stage (Yunyang Y16.4); null where the profile has none (Zhongmu). */
  defense: null | {
    max: number;
    minScorers: number;
    advisors: { min: number; max: number };
    aggregate: 'mean' | 'trimmed_mean';
    clause: string;
  };
  /** Review score = material x weight + site x weight (Y16.6.1); null where the profile has no review score. */
  weights: null | { material: string; site: string; clause: string };
  cutoffs: {
    material: Cutoff | null;
    review: Cutoff | null;
    composite: Cutoff | null;
  };
  ranking: { score: RankingScore; clause: string };
  quota: { max: number; clause: string };
  /** Applied in order to applicants whose ranking scores are equal (CRITERIA.md). */
  tieBreaks: TieBreak[];
  /** Clause under which a tie that survives every tie-break goes to the committee. */
  tieClause: string;
  repeatWinners: { outsideQuota: boolean; clause: string };
  /** Clause that disqualifies (fraud on site, a substantiated complaint). */
  disqualifyClause: string;
  /** Clause under which only those passing the material review go on to the site review. */
  siteReviewClause: string;
  /** Clause that leaves the award vacant when nobody qualifies. */
  vacancyClause: string;
}

/** The largest score the profile's ranking score can take: the criteria total, plus the defense when added. */
export function rankingScoreMax(p: Profile): number {
  return p.ranking.score === 'composite' ? p.criteria.total + (p.defense?.max ?? 0) : p.criteria.total;
}

/** Band (1-based) of a percentage, from the profile's band floors. */
export function bandOf(p: Profile, pct: number): number {
  const floors = p.scoring.bandFloors;
  let band = 1;
  for (let i = 0; i < floors.length; i++) if (pct >= (floors[i] as number)) band = i + 1;
  return band;
}
