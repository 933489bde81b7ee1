import type { Expert, PanelApplicant } from './pool';
import { sameOrganisation } from './pool';

export type RecusalReason = 'employer' | 'consulting' | 'shares' | 'other_tie' | 'complaint_pending';

/** Why an expert may not review an applicant (or anyone, for a pending complaint), with the clause. */
export interface Recusal {
  expertId: string;
  /** Null when the reason bars the expert from every applicant (a pending complaint). */
  applicantId: string | null;
  reason: RecusalReason;
  clause: string;
}

/**
 * YR4: (1) works, moonlights, consults, holds shares at, or has another interest in the applicant; (2) has an
 * effective complaint or violation case pending; Z18: anyone with an interest in the applicant recuses.
 */
export function recusalsOf(expert: Expert, applicants: readonly PanelApplicant[], clauses: { interest: string; complaint: string }): Recusal[] {
  const out: Recusal[] = [];
  if (expert.complaintPending) out.push({ expertId: expert.id, applicantId: null, reason: 'complaint_pending', clause: clauses.complaint });
  const ties: [RecusalReason, string[]][] = [
    ['employer', expert.employer],
    ['consulting', expert.consulting],
    ['shares', expert.shares],
    ['other_tie', expert.otherTies],
  ];
  for (const a of applicants) {
    for (const [reason, list] of ties) {
      if (list.some((t) => sameOrganisation(t, a))) out.push({ expertId: expert.id, applicantId: a.id, reason, clause: clauses.interest });
    }
  }
  return out;
}
