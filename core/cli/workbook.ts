import { writeFileSync } from 'node:fs';
import type { ColumnSpec } from '../exchange/table';
import type { Lang } from '../i18n/lang';
import { problem, type Problem } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import { buildWorkbook } from '../workbook/build';
import type { Applicant, Assignment, Reviewer } from '../workbook/input';
import { ASSIGNMENT_COLUMNS, readAssignments } from '../workbook/assignments-read';
import { renderXlsx } from '../xlsx/render';
import { readCsvTable, report, type Output } from './io';
import { fileName } from './tally';

type AKey = 'applicant_id' | 'name' | 'industry' | 'town';
type RKey = 'reviewer_id' | 'name';

const APPLICANT_COLUMNS: ColumnSpec<AKey>[] = [
  { key: 'applicant_id', labels: ['统一社会信用代码', '申报单位编号'], required: true },
  { key: 'name', labels: ['单位名称', '申报单位'], required: true },
  { key: 'industry', labels: ['行业'], required: true },
  { key: 'town', labels: ['乡镇街道', '乡镇'], required: false },
];
const REVIEWER_COLUMNS: ColumnSpec<RKey>[] = [
  { key: 'reviewer_id', labels: ['评审员编号', '编号'], required: true },
  { key: 'name', labels: ['姓名', '评审员'], required: true },
];

/** The roster files as a workbook's input, every problem located by file, row and column. */
export function readRosterFiles(files: readonly string[]): { applicants: Applicant[]; reviewers: Reviewer[]; assignments: Assignment[] | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const [aFile, rFile, sFile] = files as [string, string, string | undefined];
  const at = (file: string, row: number, column: string | undefined, field: string) => ({ file: fileName(file), row, column: column ?? '', field });
  const a = readCsvTable(aFile, APPLICANT_COLUMNS);
  problems.push(...a.problems);
  const applicants: Applicant[] = [];
  const ids = new Set<string>();
  for (const r of a.records) {
    const id = r.values.applicant_id ?? '';
    if (!id) problems.push(problem('TABLE_REQUIRED', undefined, at(aFile, r.row, r.columns.applicant_id, 'applicant_id')));
    else if (ids.has(id)) problems.push(problem('WB_DUPLICATE_ID', { value: id }, at(aFile, r.row, r.columns.applicant_id, 'applicant_id')));
    ids.add(id);
    applicants.push({ id, name: r.values.name ?? '', industry: r.values.industry ?? '', town: r.values.town ?? '' });
  }
  const rv = readCsvTable(rFile, REVIEWER_COLUMNS);
  problems.push(...rv.problems);
  const reviewers: Reviewer[] = [];
  const rids = new Set<string>();
  for (const r of rv.records) {
    const id = r.values.reviewer_id ?? '';
    if (!id) problems.push(problem('TABLE_REQUIRED', undefined, at(rFile, r.row, r.columns.reviewer_id, 'reviewer_id')));
    else if (rids.has(id)) problems.push(problem('WB_DUPLICATE_ID', { value: id }, at(rFile, r.row, r.columns.reviewer_id, 'reviewer_id')));
    rids.add(id);
    reviewers.push({ id, name: r.values.name ?? '' });
  }
  let assignments: Assignment[] | null = null;
  if (sFile) {
    const s = readCsvTable(sFile, ASSIGNMENT_COLUMNS);
    problems.push(...s.problems);
    const read = readAssignments(s.records, fileName(sFile), rids, ids);
    problems.push(...read.problems);
    assignments = read.assignments.map(({ reviewerId, applicantId, stage }) => ({ reviewerId, applicantId, stage }));
  }
  return { applicants, reviewers, assignments, problems };
}

/** `scorebook workbook`: the roster in, the year's scoring workbook (.xlsx) out. */
export async function runWorkbook(profile: Profile, year: number, files: readonly string[], outFile: string, lang: Lang, out: Output): Promise<number> {
  const r = readRosterFiles(files);
  if (r.problems.length) {
    report(out, r.problems, lang);
    return 2;
  }
  const plan = buildWorkbook({ profile, year, lang, applicants: r.applicants, reviewers: r.reviewers, assignments: r.assignments });
  writeFileSync(outFile, await renderXlsx(plan));
  out.stderr(
    lang === 'zh'
      ? `已写入 ${outFile}：${plan.sheets.length} 张工作表，${r.applicants.length} 家申报单位，${r.reviewers.length} 名评审员\n`
      : `wrote ${outFile}: ${plan.sheets.length} sheets, ${r.applicants.length} applicants, ${r.reviewers.length} reviewers\n`,
  );
  return 0;
}
