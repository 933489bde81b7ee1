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
};
