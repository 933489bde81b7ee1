import type { ExclusionKind } from '../profiles/profile';

/** A declared exclusion (Y11, Y12, Z14) and the date it happened. */
export interface DeclaredExclusion {
  kind: ExclusionKind;
  date: string;
}

/** What an applicant declares about itself, as the eligibility check needs it. Dates are YYYY-MM-DD. */
export interface ApplicantRecord {
  creditCode: string;
  name: string;
  industry: string;
  town: string;
  /** Date founded or registered. */
  founded: string | null;
  /** 专精特新 "小巨人" enterprise. */
  littleGiant: boolean;
  /** Years of applying the excellence model. */
  excellenceYears: number | null;
  /** Dates of past awards of this award. */
  awards: string[];
  /** Dates its award was revoked. */
  revocations: string[];
  exclusions: DeclaredExclusion[];
  recommendedBy: string;
  /** Length of the organisation profile, in characters. */
  profileChars: number | null;
  /** Length of the self-evaluation report, in characters. */
  reportChars: number | null;
}

/** Fields of ApplicantRecord, for locating a finding in the row it came from. */
export type ApplicantField =
  | 'credit_code'
  | 'name'
  | 'industry'
  | 'town'
  | 'founded'
  | 'little_giant'
  | 'excellence_years'
  | 'awards'
  | 'revocations'
  | 'exclusions'
  | 'recommended_by'
  | 'profile_chars'
  | 'report_chars';
