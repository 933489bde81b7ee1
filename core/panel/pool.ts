import { normaliseCreditCode } from '../eligibility/credit-code';

/** A reviewer of the expert pool (评审员专家库), with what could bias them (YR4, Z18). */
export interface Expert {
  id: string;
  name: string;
  /** Industries the expert reviews (YR3: drawn by specialty). */
  specialties: string[];
  /** Reviewer certificate number (YR5: shown at the site review). */
  certificate: string;
  /** Organisations (credit code or name) where the expert works or holds a post. */
  employer: string[];
  /** ... moonlights or consults. */
  consulting: string[];
  /** ... holds shares. */
  shares: string[];
  /** ... has another interest (relatives, past review within 3 years (YR6.9), ...). */
  otherTies: string[];
  /** An effective complaint or a violation case pending (YR4.2). */
  complaintPending: boolean;
}

/** What the draw needs of an applicant. */
export interface PanelApplicant {
  id: string;
  name: string;
  industry: string;
}

/** Names compare after NFKC and without spaces; credit codes in their normal form. */
export function sameOrganisation(tie: string, a: PanelApplicant): boolean {
  const t = normaliseCreditCode(tie);
  return t !== '' && (t === normaliseCreditCode(a.id) || t === normaliseCreditCode(a.name));
}

/** Industries compare after NFKC, without spaces, case-insensitively. */
export function sameIndustry(a: string, b: string): boolean {
  return normaliseCreditCode(a) === normaliseCreditCode(b);
}
