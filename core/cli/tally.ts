import { hundredthsToString } from '../decimal';
import { toCsv } from '../exchange/csv-write';
import type { ColumnSpec } from '../exchange/table';
import type { Lang } from '../i18n/lang';
import { columnLetter, problem, type Problem } from '../i18n/problem';
import { leafItems } from '../profiles/criteria';
import type { Profile } from '../profiles/profile';
import { normaliseTyped, parseEntry, type EntryResult } from '../scoring/entry';
import { EMPTY_VALUE, EntryColumns } from '../scoring/entry-columns';
import { tallyStage } from '../scoring/tally';
import { readCsvTable, report, writeCsvOutput, type Output } from './io';

type EntryKey = 'applicant_id' | 'reviewer_id' | 'item' | 'value';

export const ENTRY_COLUMNS: ColumnSpec<EntryKey>[] = [
  { key: 'applicant_id', labels: ['统一社会信用代码', '申报单位编号', 'applicant'], required: true },
  { key: 'reviewer_id', labels: ['评审员编号', '评审员', 'reviewer'], required: true },
  { key: 'item', labels: ['评分条款', '条款', 'clause'], required: true },
  { key: 'value', labels: ['评分', '得分率', '百分比', 'percent'], required: true },
];

/**
 * Reads an entries CSV (one reviewer's percentage per item): every bad cell is a located problem. The entries are
 * kept as columns, so that a file of a million rows is read in well under a second.
 */
export function readEntries(profile: Profile, file: string): { entries: EntryColumns; problems: Problem[]; notices: Problem[] } {
  const leaves = leafItems(profile.criteria).map((i) => i.clause);
  const problems: Problem[] = [];
  const name = fileName(file);
  const entries = new EntryColumns(name, 1 << 16);
  const step = profile.scoring.step;
  // items and values repeat on every row: each distinct text is checked once
  const itemOf = new Map<string, number>();
  const valueOf = new Map<string, number | Extract<EntryResult, { kind: 'error' }>>();
  // no function is made per row: a million closures cost more than the reading itself
  const at = (row: number, i: number, field: EntryKey) => ({ file: name, row, column: columnLetter(i), field });
  let lastApplicantId = '';
  let lastApplicant = -1;
  let lastReviewerId = '';
  let lastReviewer = -1;
  const table = readCsvTable(file, ENTRY_COLUMNS, {
    onCells: (cells, row, index) => {
      const ia = index.applicant_id, ir = index.reviewer_id, ii = index.item, iv = index.value;
      // a missing column is one problem of the header, not one per row
      if (ia === undefined || ir === undefined || ii === undefined || iv === undefined) return;
      const applicantId = (cells[ia] ?? '').trim();
      const reviewerId = (cells[ir] ?? '').trim();
      const typedItem = (cells[ii] ?? '').trim();
      const typedValue = (cells[iv] ?? '').trim();
      let item = itemOf.get(typedItem);
      if (item === undefined) itemOf.set(typedItem, (item = leaves.indexOf(normaliseTyped(typedItem))));
      let value = valueOf.get(typedValue);
      if (value === undefined) {
        const v = parseEntry(typedValue, step);
        valueOf.set(typedValue, (value = v.kind === 'error' ? v : v.kind === 'value' ? v.value : EMPTY_VALUE));
      }
      let ok = true;
      if (!applicantId) (ok = false), problems.push(problem('TABLE_REQUIRED', undefined, at(row, ia, 'applicant_id')));
      if (!reviewerId) (ok = false), problems.push(problem('TABLE_REQUIRED', undefined, at(row, ir, 'reviewer_id')));
      if (item < 0) (ok = false), problems.push(problem('TALLY_UNKNOWN_ITEM', { item: typedItem }, at(row, ii, 'item')));
      if (typeof value !== 'number') (ok = false), problems.push(problem(value.code, { text: value.text, step }, at(row, iv, 'value')));
      if (!ok) return;
      // rows of one applicant and reviewer come together: the id of the row before is reused without a lookup
      if (applicantId !== lastApplicantId) (lastApplicantId = applicantId), (lastApplicant = entries.applicantOf(applicantId));
      if (reviewerId !== lastReviewerId) (lastReviewerId = reviewerId), (lastReviewer = entries.reviewerOf(reviewerId));
      entries.push(lastApplicant, lastReviewer, item, value as number, row);
    },
  });
  return { entries, problems: [...table.problems, ...problems], notices: table.notices };
}

/** `scorebook tally`: independent entries in, the consensus stage score and flagged items of each applicant out. */
export function runTally(profile: Profile, file: string, outFile: string | undefined, lang: Lang, out: Output): number {
  const { entries, problems, notices } = readEntries(profile, file);
  report(out, notices.map((n) => ({ ...n, severity: 'warning' as const })), lang);
  if (problems.length) {
    report(out, problems, lang);
    return 2;
  }
  const result = tallyStage(profile, entries);
  if (result.problems.length) {
    report(out, result.problems, lang);
    return 2;
  }
  const rows = result.applicants.map((a) => [
    a.applicantId,
    a.total === null ? '' : hundredthsToString(a.total),
    a.flagged.join(';'),
    a.reviewers.length,
    a.missing.length,
  ]);
  for (const a of result.applicants) {
    if (a.missing.length) {
      const list = a.missing.slice(0, 5).map((m) => `${m.reviewerId}:${m.item}`).join(', ') + (a.missing.length > 5 ? ', …' : '');
      report(out, [{ ...problem('TALLY_INCOMPLETE', { applicant: a.applicantId, count: a.missing.length, list }), severity: 'warning' }], lang);
    }
  }
  writeCsvOutput(out, toCsv(['applicant_id', 'total', 'flagged', 'reviewers', 'missing'], rows, { eol: '\n' }), outFile);
  return 0;
}

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
