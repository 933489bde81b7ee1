import type { Problem } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import { applicantsOf } from '../workbook/input';
import { L } from '../workbook/labels';
import type { Stage } from '../workbook/plan';
import { renderXlsx } from '../xlsx/render';
import { openMaster } from './master';
import { reviewerPlan } from './reviewer-file';

export interface ReviewerFile {
  name: string;
  reviewerId: string;
  reviewerName: string;
  applicants: number;
  bytes: Uint8Array;
}

/** A file name any system accepts: no path separators or characters Windows refuses. */
export function reviewerFileName(year: number, stage: Stage, reviewerId: string, reviewerName: string): string {
  return `${year}-${L.stage[stage].zh}-${reviewerId}-${reviewerName}.xlsx`.replace(/[\\/:*?"<>|\s]+/g, '_');
}

/**
 * One file per reviewer of the stage, each holding only that reviewer's score sheet, their assigned applicants and
 * the band guide (Z26, YR6.7). What the master already holds of theirs goes with it, so a file sent out again
 * continues where the reviewer left off. The master is only read.
 */
export async function distribute(masterBytes: Uint8Array, stage: Stage, profile?: Profile): Promise<{ files: ReviewerFile[]; problems: Problem[] }> {
  const { master, problems } = await openMaster(masterBytes, profile);
  if (!master) return { files: [], problems };
  const { input, typed } = master;
  const files: ReviewerFile[] = [];
  for (const r of input.reviewers) {
    const mine = applicantsOf(input, stage, r.id);
    if (!mine.length) continue;
    files.push({
      name: reviewerFileName(input.year, stage, r.id, r.name),
      reviewerId: r.id,
      reviewerName: r.name,
      applicants: mine.length,
      bytes: await renderXlsx(reviewerPlan(input, stage, r, typed)),
    });
  }
  return { files, problems: [] };
}
