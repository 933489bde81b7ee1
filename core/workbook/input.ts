import type { Lang } from '../i18n/lang';
import type { Profile } from '../profiles/profile';
import type { CellValue, InputRef, Stage } from './plan';

export interface Applicant {
  id: string;
  name: string;
  industry: string;
  town: string;
}

export interface Reviewer {
  id: string;
  name: string;
}

export interface Assignment {
  reviewerId: string;
  applicantId: string;
  stage: Stage;
}

/** Everything a workbook is made from. With no assignments, every reviewer scores every applicant in both stages. */
export interface WorkbookInput {
  profile: Profile;
  year: number;
  lang: Lang;
  applicants: Applicant[];
  reviewers: Reviewer[];
  assignments: Assignment[] | null;
}

/** What people typed into a workbook, keyed by meaning (see inputKey) so a rebuilt layout puts it back in place. */
export type Typed = Record<string, CellValue>;

export const STAGES: readonly Stage[] = ['material', 'site'];

export function inputKey(ref: InputRef): string {
  switch (ref.kind) {
    case 'score':
    case 'comment':
      return [ref.kind, ref.stage, ref.reviewerId, ref.applicantId, ref.item].join('|');
    case 'override':
    case 'reason':
      return [ref.kind, ref.stage, ref.applicantId, ref.item].join('|');
    case 'defense':
      return [ref.kind, ref.scorer, ref.applicantId].join('|');
    case 'scorer':
      return [ref.kind, ref.scorer].join('|');
  }
}

/** The reviewers assigned to each applicant in a stage, in roster order. */
export function groupsOf(input: WorkbookInput, stage: Stage): Map<string, string[]> {
  const groups = new Map<string, string[]>(input.applicants.map((a) => [a.id, []]));
  for (const a of input.applicants) {
    for (const r of input.reviewers) {
      const assigned =
        input.assignments === null ||
        input.assignments.some((x) => x.stage === stage && x.reviewerId === r.id && x.applicantId === a.id);
      if (assigned) groups.get(a.id)!.push(r.id);
    }
  }
  return groups;
}

/** Applicants a reviewer scores in a stage, in roster order: a reviewer's sheet holds only these. */
export function applicantsOf(input: WorkbookInput, stage: Stage, reviewerId: string): Applicant[] {
  const groups = groupsOf(input, stage);
  return input.applicants.filter((a) => groups.get(a.id)!.includes(reviewerId));
}

/** Number of defense scorer rows: the profile's minimum and room for two more. */
export function defenseRows(profile: Profile): number {
  return profile.defense ? profile.defense.minScorers + 2 : 0;
}
