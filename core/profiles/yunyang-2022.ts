import { GBT19580_2004 } from './criteria';
import type { Profile } from './profile';

/** 云阳县县长质量管理奖评选办法实施细则 (seeds/004): every value with its clause. */
export const YUNYANG_2022: Profile = {
  id: 'yunyang-2022',
  name: { zh: '云阳县县长质量管理奖（2022 实施细则）', en: 'Yunyang County Magistrate Quality Award (2022 rules)' },
  sources: ['云阳县县长质量管理奖评选办法实施细则', '县长质量管理奖评审人员管理办法'],
  criteria: GBT19580_2004,
  scoring: { step: 5, bandFloors: [0, 10, 30, 50, 70, 90] },
  consensus: { method: 'mean_round_to_step', spreadThreshold: 30, bandGap: 2 },
  group: { min: 3, max: 5, clause: 'Y16.3' },
  defense: { max: 100, minScorers: 5, advisors: { min: 1, max: 2 }, aggregate: 'mean', clause: 'Y16.4' },
  weights: { material: '0.2', site: '0.8', clause: 'Y16.6.1' },
  cutoffs: {
    material: { value: '500', clause: 'Y16.3' },
    review: { value: '350', clause: 'Y16.6.2' },
    composite: { value: '400', clause: 'Y16.6.3' },
  },
  ranking: { score: 'composite', clause: 'Y16.6.3' },
  quota: { max: 2, clause: 'Y16.6.3' },
  tieBreaks: ['site', 'defense', 'results'],
  tieClause: 'Y16.9',
  // Yunyang sets no rule on repeat winners; Y12 only bars those who won less than 3 years ago.
  repeatWinners: { outsideQuota: false, clause: 'Y12' },
  disqualifyClause: 'Y16.5',
  siteReviewClause: 'Y16.3',
  vacancyClause: 'Y16.6.3',
  eligibility: {
    operatingYears: { years: 3, littleGiantYears: null, clause: 'Y11.1' },
    // Y11.2 asks for the excellence model "持续实施" without a number of years.
    excellenceYears: null,
    textLimits: { profile: { value: 3000, clause: 'Y13.2' }, selfEvaluation: { value: 60000, clause: 'Y13.3' } },
    recommendation: { clause: 'Y13.1' },
    // Y11.4/Y11.5 look back 3 years ("近3年"); Y12.1 (a missing licence) has no time limit; a business loss is no bar here.
    exclusions: {
      policy: { clause: 'Y11.1', lookBackYears: 3 },
      licence: { clause: 'Y12.1', lookBackYears: null },
      accident: { clause: 'Y11.4', lookBackYears: 3 },
      spot_check: { clause: 'Y11.4', lookBackYears: 3 },
      untrustworthy: { clause: 'Y11.5', lookBackYears: 3 },
      fraud: { clause: 'Y12.2', lookBackYears: 3 },
      wage_arrears: { clause: 'Y11.5', lookBackYears: 3 },
      violation: { clause: 'Y11.5', lookBackYears: 3 },
    },
    sinceAward: { value: 3, clause: 'Y12.3' },
    sinceRevocation: { value: 3, clause: 'Y12.4' },
    // 500235: 云阳县 (GB/T 2260); a code registered by a higher authority only warns (Y2 asks for registration and tax here).
    region: { codes: ['500235'], clause: 'Y2' },
  },
  // Y16.8 "公示时间为7天": calendar days, unlike Zhongmu's working days.
  notice: { candidates: { days: 7, unit: 'calendar', clause: 'Y16.8' }, internal: null },
  awardLife: {
    // Yunyang names no validity period; Y12.3's 3 years after winning is used as the term of the obligations.
    validity: { value: 3, clause: 'Y12.3' },
    ban: { value: 3, clause: 'Y21' },
    prize: null,
    repeatWithoutPrize: false,
    annualReport: { month: 6, day: 30, clause: 'Y18' },
    incidentReport: { value: 15, clause: 'Y19' },
    fundInspection: null,
  },
  panel: { drawClause: 'YR3', recusal: { interest: 'YR4.1', complaint: 'YR4.2' } },
};
