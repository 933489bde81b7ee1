import { problem, type Problem, type Where } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import { recusalReasonText } from './messages';
import type { Expert, PanelApplicant } from './pool';
import { recusalsOf } from './recusal';

export interface AdjustedAssignment {
  reviewerId: string;
  applicantId: string;
  stage: 'material' | 'site';
  where?: Where;
}

/**
 * Panels the secretariat changed by hand after the draw, checked by the draw's own rules: nobody reviews an applicant
 * they have an interest in or while a complaint against them is pending (YR4, Z18), every reviewer is in the expert
 * pool, and each applicant's group in each stage has the profile's size (Y16.3: 3-5). Empty when the change stands.
 */
export function checkAssignments(profile: Profile, pool: readonly Expert[], applicants: readonly PanelApplicant[], assignments: readonly AdjustedAssignment[]): Problem[] {
  const problems: Problem[] = [];
  const clauses = profile.panel?.recusal ?? { interest: 'YR4.1', complaint: 'YR4.2' };
  const experts = new Map(pool.map((e) => [e.id, e]));
  const byId = new Map(applicants.map((a) => [a.id, a]));
  const seen = new Set<string>();
  const groups = new Map<string, Set<string>>();
  for (const x of assignments) {
    const e = experts.get(x.reviewerId);
    const a = byId.get(x.applicantId);
    if (!e) {
      problems.push(problem('PANEL_NOT_IN_POOL', { expert: x.reviewerId }, x.where));
      continue;
    }
    if (!a) {
      problems.push(problem('PANEL_UNKNOWN_APPLICANT', { applicant: x.applicantId }, x.where));
      continue;
    }
    const k = `${x.stage}|${x.applicantId}|${x.reviewerId}`;
    if (seen.has(k)) problems.push(problem('PANEL_DUPLICATE_ASSIGNMENT', { expert: e.name, applicant: a.name }, x.where));
    seen.add(k);
    for (const r of recusalsOf(e, [a], clauses)) {
      problems.push(problem('PANEL_CONFLICT', { expert: e.name, applicant: a.name, reason: recusalReasonText(r.reason, 'zh'), reasonEn: recusalReasonText(r.reason, 'en'), clause: r.clause }, x.where));
    }
    const g = `${x.stage}|${x.applicantId}`;
    if (!groups.has(g)) groups.set(g, new Set());
    groups.get(g)!.add(x.reviewerId);
  }
  const { min, max, clause } = profile.group;
  for (const stage of ['material', 'site'] as const) {
    for (const a of applicants) {
      const n = groups.get(`${stage}|${a.id}`)?.size ?? 0;
      // an applicant nobody is assigned to in a stage is left out of that stage, not a group of the wrong size
      if (n > 0 && (n < min || n > max)) problems.push(problem('PANEL_ADJUSTED_SIZE', { applicant: a.name, stage, count: n, min, max, clause }));
    }
  }
  return problems;
}
