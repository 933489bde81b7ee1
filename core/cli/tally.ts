import { hundredthsToString } from '../decimal';
import { toCsv } from '../exchange/csv-write';
import type { ColumnSpec, TableRecord } from '../exchange/table';
import type { Lang } from '../i18n/lang';
import { problem, type Problem } from '../i18n/problem';
import { leafItems } from '../profiles/criteria';
import type { Profile } from '../profiles/profile';
import { normaliseTyped, parseEntry } from '../scoring/entry';
import { tallyStage, type Entry } from '../scoring/tally';
import { readCsvTable, report, writeCsvOutput, type Output } from './io';

type EntryKey = 'applicant_id' | 'reviewer_id' | 'item' | 'value';

export const ENTRY_COLUMNS: ColumnSpec<EntryKey>[] = [
  { key: 'applicant_id', labels: ['统一社会信用代码', '申报单位编号', 'applicant'], required: true },
  { key: 'reviewer_id', labels: ['评审员编号', '评审员', 'reviewer'], required: true },
  { key: 'item', labels: ['评分条款', '条款', 'clause'], required: true },
  { key: 'value', labels: ['评分', '得分率', '百分比', 'percent'], required: true },
];

/** Reads an entries CSV (one reviewer's percentage per item): every bad cell is a located problem. */
export function readEntries(profile: Profile, file: string): { entries: Entry[]; problems: Problem[]; notices: Problem[] } {
  const leaves = new Set(leafItems(profile.criteria).map((i) => i.clause));
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const step = profile.scoring.step;
  const name = fileName(file);
  // a million rows pass through onRecord: nothing is allocated for a row beyond its entry unless it has a problem
  let r: TableRecord<EntryKey>;
  const at = (k: EntryKey) => ({ file: name, row: r.row, column: r.columns[k]!, field: k });
  // ids and items repeat on every row: one string each is kept with the entries instead of a copy per row
  const seen = new Map<string, string>();
  const intern = (s: string) => {
    const k = seen.get(s);
    if (k !== undefined) return k;
    seen.set(s, s);
    return s;
  };
  const items = new Map<string, string>();
  const table = readCsvTable(file, ENTRY_COLUMNS, {
    onRecord: (rec) => {
      r = rec;
      const applicantId = intern(r.values.applicant_id ?? '');
      const reviewerId = intern(r.values.reviewer_id ?? '');
      const typedItem = r.values.item ?? '';
      let item = items.get(typedItem);
      if (item === undefined) items.set(typedItem, (item = normaliseTyped(typedItem)));
      let ok = true;
      if (!applicantId) (ok = false), problems.push(problem('TABLE_REQUIRED', undefined, at('applicant_id')));
      if (!reviewerId) (ok = false), problems.push(problem('TABLE_REQUIRED', undefined, at('reviewer_id')));
      if (!leaves.has(item)) (ok = false), problems.push(problem('TALLY_UNKNOWN_ITEM', { item: r.values.item ?? '' }, at('item')));
      const typedValue = r.values.value ?? '';
      const v = parseEntry(typedValue, step);
      if (v.kind === 'error') (ok = false), problems.push(problem(v.code, { text: v.text, step }, at('value')));
      if (ok) entries.push({ applicantId, reviewerId, item, value: v.kind === 'value' ? v.value : null, where: { file: name, row: r.row } });
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
