import type { ApplicantRecord } from '../../core/eligibility/applicant';

// Check characters worked out by hand in core/eligibility/credit-code.ts.
export const YUNYANG_CODE = '91500235MA60123459';
export const ZHONGMU_CODE = '91410122MA44L7K2XY';

/** An applicant that meets every Yunyang condition at the deadline 2025-06-30; tests change one thing. */
export function applicant(over: Partial<ApplicantRecord> = {}): ApplicantRecord {
  return {
    creditCode: YUNYANG_CODE,
    name: '重庆云峰机械有限公司',
    industry: '装备制造',
    town: '青龙街道',
    founded: '2015-03-15',
    littleGiant: false,
    excellenceYears: 2,
    awards: [],
    revocations: [],
    exclusions: [],
    recommendedBy: '青龙街道办事处',
    profileChars: 2800,
    reportChars: 58000,
    ...over,
  };
}
