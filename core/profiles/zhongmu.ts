import { GBT19580_2004 } from './criteria';
import type { Profile } from './profile';

/** 中牟县县长质量奖管理办法 (seeds/000). The measures set no numeric cut-off: empty here, settable by a county. */
export const ZHONGMU: Profile = {
  id: 'zhongmu',
  name: { zh: '中牟县县长质量奖', en: 'Zhongmu County Magistrate Quality Award' },
  sources: ['中牟县县长质量奖管理办法（修订征求意见稿）'],
  criteria: GBT19580_2004,
  scoring: { step: 5, bandFloors: [0, 10, 30, 50, 70, 90] },
  consensus: { method: 'mean_round_to_step', spreadThreshold: 30, bandGap: 2 },
  group: { min: 3, max: 5, clause: 'Z11' },
  defense: null,
  weights: null,
  cutoffs: { material: null, review: null, composite: null },
  // Z17.7: the committee weighs industry representativeness and the site-review score.
  ranking: { score: 'site', clause: 'Z17.7' },
  quota: { max: 5, clause: 'Z4' },
  tieBreaks: ['site', 'defense', 'results'],
  tieClause: 'Z17.7',
  repeatWinners: { outsideQuota: true, clause: 'Z28' },
  disqualifyClause: 'Z17.8',
  siteReviewClause: 'Z17.6',
  vacancyClause: 'Z4',
  eligibility: {
    operatingYears: { years: 3, littleGiantYears: 2, clause: 'Z13.1' },
    excellenceYears: { value: 1, clause: 'Z13.2' },
    textLimits: { profile: null, selfEvaluation: null },
    recommendation: { clause: 'Z13.5' },
    exclusions: {
      policy: { clause: 'Z14.1', lookBackYears: 3 },
      licence: { clause: 'Z14.2', lookBackYears: 3 },
      accident: { clause: 'Z14.3', lookBackYears: 3 },
      spot_check: { clause: 'Z14.4', lookBackYears: 3 },
      loss: { clause: 'Z14.5', lookBackYears: 3 },
      untrustworthy: { clause: 'Z14.6', lookBackYears: 3 },
      fraud: { clause: 'Z14.7', lookBackYears: 3 },
      wage_arrears: { clause: 'Z14.8', lookBackYears: 3 },
      violation: { clause: 'Z14.9', lookBackYears: 3 },
    },
    // Z28: valid 3 years, a new application only after expiry.
    sinceAward: { value: 3, clause: 'Z28' },
    sinceRevocation: { value: 3, clause: 'Z25' },
    // 410122: 中牟县 (GB/T 2260).
    region: { codes: ['410122'], clause: 'Z13.1' },
  },
  notice: {
    candidates: { days: 5, unit: 'working', clause: 'Z17.8' },
    internal: { days: 5, unit: 'working', clause: 'Z17.2' },
  },
  awardLife: {
    validity: { value: 3, clause: 'Z28' },
    ban: { value: 3, clause: 'Z25' },
    prize: { amount: '300000', clause: 'Z4' },
    repeatWithoutPrize: true,
    // Z29 asks for a yearly self-evaluation without a date; 30 June as in the secretariat's practice (RULES.md Y18, Z29).
    annualReport: { month: 6, day: 30, clause: 'Z29' },
    incidentReport: null,
    fundInspection: { clause: 'Z24' },
  },
  // Z18 names no separate case for a pending complaint: it is one more interest that could bias the review.
  panel: { drawClause: 'Z11', recusal: { interest: 'Z18', complaint: 'Z18' } },
};
