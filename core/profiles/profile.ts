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
  /** Who may apply (core/eligibility); absent in a county profile that sets none. */
  eligibility?: EligibilityRules;
  /** Notice periods (core/calendar). */
  notice?: NoticeRules;
  /** Validity, ban and winners' obligations (core/awards). */
  awardLife?: AwardLife;
  /** Drawing reviewers and their recusal (core/panel). */
  panel?: PanelRules;
}

export interface PanelRules {
  /** Clause of the random draw by specialty (YR2, YR3; Z11). */
  drawClause: string;
  /** Clause of recusal for an interest in the applicant, and for a pending complaint (YR4.1, YR4.2; Z18). */
  recusal: { interest: string; complaint: string };
}

/** A limit with the clause that sets it. */
export interface ClauseLimit {
  value: number;
  clause: string;
}

/** Kinds of declared exclusion an applicant may carry (Y11, Y12, Z14). */
export type ExclusionKind =
  | 'policy'
  | 'licence'
  | 'accident'
  | 'spot_check'
  | 'loss'
  | 'untrustworthy'
  | 'fraud'
  | 'wage_arrears'
  | 'violation';

export interface EligibilityRules {
  /** Operating years at the application deadline ("3年以上": exactly 3 passes); a lower figure for 专精特新 "小巨人". */
  operatingYears: { years: number; littleGiantYears: number | null; clause: string };
  /** Years of applying the excellence model (Z13.2); null where the profile sets no number. */
  excellenceYears: ClauseLimit | null;
  /** Character limits of the organisation profile and the self-evaluation report (Y13.2, Y13.3). */
  textLimits: { profile: ClauseLimit | null; selfEvaluation: ClauseLimit | null };
  /** A recommending unit is required (Y13.1, Z13.5). */
  recommendation: { clause: string };
  /** Each kind that excludes, its clause, and how many years back it counts (null: whenever it happened). */
  exclusions: Partial<Record<ExclusionKind, { clause: string; lookBackYears: number | null }>>;
  /** Won less than this many years before the deadline (Y12.3; Z28 validity). */
  sinceAward: ClauseLimit;
  /** Revoked less than this many years before the deadline (Y12.4, Y21; Z25). */
  sinceRevocation: ClauseLimit;
  /** Registration-authority region codes (positions 3-8 of the credit code) of the county (Y2, Z13.1). */
  region: { codes: string[]; clause: string } | null;
}

/** A notice period: calendar days or working days of the State Council calendar, the first day counted. */
export interface NoticeRule {
  days: number;
  unit: 'calendar' | 'working';
  clause: string;
}

export interface NoticeRules {
  /** Public notice of candidates (Y16.8, Z17.8). */
  candidates: NoticeRule;
  /** Internal publicity by the applicant before applying (Z17.2); null where not required. */
  internal: NoticeRule | null;
}

export interface AwardLife {
  /** Years an award is valid, counted from the award date (Z28). */
  validity: ClauseLimit;
  /** Years a revoked winner may not apply (Y21, Z25). */
  ban: ClauseLimit;
  /** Prize money of one award in yuan (Z4); null where the rules name none. */
  prize: { amount: string; clause: string } | null;
  /** A repeat winner after expiry gets no money (Z28). */
  repeatWithoutPrize: boolean;
  /** Annual self-evaluation report due by this month-day of each year of validity (Y18, Z29). */
  annualReport: { month: number; day: number; clause: string };
  /** Report of a major accident or failed spot check within this many working days (Y19); null if not required. */
  incidentReport: ClauseLimit | null;
  /** The secretariat inspects the use of the prize money (Z24); null where not required. */
  fundInspection: { clause: string } | null;
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
