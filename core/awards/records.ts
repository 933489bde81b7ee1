import type { Decimal } from '../decimal';
import type { Where } from '../i18n/problem';

/** One award as the secretariat keeps it (Z4, Z28, Z25, Y20, Y21). Dates are YYYY-MM-DD. */
export interface AwardRecord {
  applicantId: string;
  name: string;
  /** Date of the government's decision. */
  awarded: string;
  /** Prize money paid, in yuan (0 for a repeat award, Z28). */
  prize: Decimal;
  /** A repeat award after an earlier one expired: no money, outside the quota (Z28). */
  repeat: boolean;
  /** Last day of validity; empty means the profile's validity from the award date. */
  validUntil: string | null;
  revokedOn: string | null;
  revokeReason: string;
  where?: Where;
}

/** A report or inspection that answers an obligation of a winner. */
export type ObligationEvent =
  /** The annual self-evaluation report of `year` (due by 30 June of that year, Y18, Z29), handed in on `done`. */
  | { kind: 'annual_report'; applicantId: string; year: number; done: string | null; where?: Where }
  /** A major accident or failed spot check on `date`, reported on `done` (Y19). */
  | { kind: 'incident_report'; applicantId: string; date: string; done: string | null; revoked: boolean; where?: Where }
  /** The secretariat's inspection of the use of the prize money, due on `date`, held on `done` (Z24). */
  | { kind: 'fund_inspection'; applicantId: string; date: string; done: string | null; result: 'passed' | 'failed' | null; revoked: boolean; where?: Where };
