import type { ColumnSpec, TableRecord } from '../exchange/table';
import { problem, type Problem, type Where } from '../i18n/problem';
import type { Assignment } from './input';
import { parseStage } from './roster-read';

export type AssignmentKey = 'reviewer_id' | 'applicant_id' | 'stage';

/** Who scores whom in which stage: assignments.csv, or the same rows pasted into the task pane. */
export const ASSIGNMENT_COLUMNS: ColumnSpec<AssignmentKey>[] = [
  { key: 'reviewer_id', labels: ['评审员编号', '评审员'], required: true },
  { key: 'applicant_id', labels: ['统一社会信用代码', '申报单位编号'], required: true },
  { key: 'stage', labels: ['评审阶段', '阶段'], required: true },
];

export interface LocatedAssignment extends Assignment {
  where: Where;
}

/**
 * Assignment rows against the roster: a reviewer or applicant the roster does not have, or a stage that is neither
 * material nor site, is a problem at its row and column, and the row is left out.
 */
export function readAssignments(
  records: readonly TableRecord<AssignmentKey>[],
  file: string,
  reviewers: ReadonlySet<string>,
  applicants: ReadonlySet<string>,
): { assignments: LocatedAssignment[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const assignments: LocatedAssignment[] = [];
  for (const r of records) {
    const at = (k: AssignmentKey): Where => ({ file, row: r.row, ...(r.columns[k] ? { column: r.columns[k] } : {}), field: k });
    const reviewerId = r.values.reviewer_id ?? '';
    const applicantId = r.values.applicant_id ?? '';
    const stage = parseStage(r.values.stage ?? '');
    let ok = true;
    if (!reviewers.has(reviewerId)) (ok = false), problems.push(problem('WB_ROSTER_UNKNOWN', { value: reviewerId }, at('reviewer_id')));
    if (!applicants.has(applicantId)) (ok = false), problems.push(problem('WB_ROSTER_UNKNOWN', { value: applicantId }, at('applicant_id')));
    if (!stage) (ok = false), problems.push(problem('WB_STAGE', { value: r.values.stage ?? '' }, at('stage')));
    if (ok) assignments.push({ reviewerId, applicantId, stage: stage!, where: { file, row: r.row } });
  }
  return { assignments, problems };
}
