import type { Lang } from '../i18n/lang';
import { problem, type Problem } from '../i18n/problem';
import { L } from './labels';
import { addr, type CellValue } from './plan';
import type { Applicant, Assignment, Reviewer, WorkbookInput } from './input';
import type { Profile } from '../profiles/profile';
import type { GridSheet } from './read';
import { ROSTER } from './roster-sheet';
import { SETUP_PROFILE_CELL, SETUP_YEAR_CELL } from './setup-sheet';

export interface RosterRead {
  lang: Lang;
  profileId: string;
  year: number;
  applicants: Applicant[];
  reviewers: Reviewer[];
  assignments: Assignment[] | null;
  problems: Problem[];
}

const str = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v).trim());

/** Stage as written in a roster or an assignments file: the code or its Chinese name. */
export function parseStage(s: string): 'material' | 'site' | null {
  const t = s.trim().toLowerCase();
  if (['material', '资料', '资料评审'].includes(t)) return 'material';
  if (['site', '现场', '现场评审'].includes(t)) return 'site';
  return null;
}

/** The input a workbook was made from, with the profile its set-up sheet names (or the county's own). */
export function rosterInput(r: RosterRead, profile: Profile): WorkbookInput {
  return { profile, year: r.year, lang: r.lang, applicants: r.applicants, reviewers: r.reviewers, assignments: r.assignments };
}

/** What a workbook was made from, read back from its set-up and roster sheets (in whichever language it was made). */
export function readRoster(grids: readonly GridSheet[]): RosterRead {
  const problems: Problem[] = [];
  const lang: Lang | null = grids.some((g) => g.name === L.setup.zh) ? 'zh' : grids.some((g) => g.name === L.setup.en) ? 'en' : null;
  const out: RosterRead = { lang: lang ?? 'zh', profileId: '', year: 0, applicants: [], reviewers: [], assignments: null, problems };
  if (!lang) {
    problems.push(problem('WB_SHEET_MISSING', { sheet: `${L.setup.zh} / ${L.setup.en}` }, { sheet: L.setup.zh }));
    return out;
  }
  const setup = grids.find((g) => g.name === L.setup[lang])!;
  const roster = grids.find((g) => g.name === L.roster[lang]);
  out.profileId = str(setup.cells[SETUP_PROFILE_CELL]);
  out.year = Number(str(setup.cells[SETUP_YEAR_CELL]));
  if (!roster) {
    problems.push(problem('WB_SHEET_MISSING', { sheet: L.roster[lang] }, { sheet: L.roster[lang] }));
    return out;
  }
  const sheet = roster.name;
  const table = (first: number, width: number): { row: number; cells: string[] }[] => {
    const rows: { row: number; cells: string[] }[] = [];
    for (let r = ROSTER.headerRow + 1; ; r++) {
      const cells = Array.from({ length: width }, (_, k) => str(roster.cells[addr(r, first + k)]));
      if (cells.every((c) => c === '')) break;
      rows.push({ row: r, cells });
    }
    return rows;
  };
  const seen = new Set<string>();
  for (const { row, cells } of table(ROSTER.applicants, 4)) {
    const [id, name, industry, town] = cells as [string, string, string, string];
    if (seen.has(id)) problems.push(problem('WB_DUPLICATE_ID', { value: id }, { sheet, cell: addr(row, ROSTER.applicants) }));
    seen.add(id);
    out.applicants.push({ id, name, industry, town });
  }
  const seenR = new Set<string>();
  for (const { row, cells } of table(ROSTER.reviewers, 2)) {
    const [id, name] = cells as [string, string];
    if (seenR.has(id)) problems.push(problem('WB_DUPLICATE_ID', { value: id }, { sheet, cell: addr(row, ROSTER.reviewers) }));
    seenR.add(id);
    out.reviewers.push({ id, name });
  }
  const assignments: Assignment[] = [];
  for (const { row, cells } of table(ROSTER.assignments, 3)) {
    const [reviewerId, applicantId, st] = cells as [string, string, string];
    const stage = parseStage(st);
    if (!seenR.has(reviewerId)) problems.push(problem('WB_ROSTER_UNKNOWN', { value: reviewerId }, { sheet, cell: addr(row, ROSTER.assignments) }));
    if (!seen.has(applicantId)) problems.push(problem('WB_ROSTER_UNKNOWN', { value: applicantId }, { sheet, cell: addr(row, ROSTER.assignments + 1) }));
    if (!stage) problems.push(problem('WB_STAGE', { value: st }, { sheet, cell: addr(row, ROSTER.assignments + 2) }));
    else assignments.push({ reviewerId, applicantId, stage });
  }
  if (assignments.length) out.assignments = assignments;
  return out;
}
