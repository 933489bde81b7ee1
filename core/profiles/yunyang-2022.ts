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
};
