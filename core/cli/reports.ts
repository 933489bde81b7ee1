import { writeFileSync } from 'node:fs';
import { fmt2, hundredthsToDecimal } from '../decimal';
import type { ColumnSpec } from '../exchange/table';
import type { Lang } from '../i18n/lang';
import { problem, type Problem } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import { feedbackReport, type ItemComment } from '../reports/feedback';
import { feedbackHtml, memoHtml } from '../reports/html';
import { decisionMemo } from '../reports/memo';
import type { ReviewerTotal } from '../reports/sensitivity';
import { normaliseTyped } from '../scoring/entry';
import { tallyStage } from '../scoring/tally';
import { readCsvTable, report, type Output } from './io';
import { readStageScores } from './select';
import { fileName, readEntries } from './tally';

function fail(out: Output, problems: Problem[], lang: Lang): number {
  report(out, problems, lang);
  return 2;
}

/** Each reviewer's own stage total, from an entries file, for the leniency check of the memo. */
function reviewerTotals(profile: Profile, file: string, stage: 'material' | 'site', problems: Problem[]): ReviewerTotal[] {
  const r = readEntries(profile, file);
  problems.push(...r.problems);
  const t = tallyStage(profile, r.entries);
  problems.push(...t.problems);
  return t.applicants.flatMap((a) =>
    a.reviewers.flatMap((reviewerId, i) => {
      const h = a.reviewerTotals[i];
      return h === null || h === undefined ? [] : [{ stage, reviewerId, applicantId: a.applicantId, total: hundredthsToDecimal(h) }];
    }),
  );
}

/** `scorebook memo`: the committee's one-page decision memo (Y16.9, Z17.7) as a printable HTML page. */
export function runMemo(
  profile: Profile,
  year: number,
  scoresFile: string,
  entries: { material?: string; site?: string },
  outFile: string,
  lang: Lang,
  out: Output,
): number {
  const { input, problems } = readStageScores(profile, scoresFile);
  const totals: ReviewerTotal[] = [];
  if (entries.material) totals.push(...reviewerTotals(profile, entries.material, 'material', problems));
  if (entries.site) totals.push(...reviewerTotals(profile, entries.site, 'site', problems));
  if (problems.length) return fail(out, problems, lang);
  const memo = decisionMemo(profile, year, input, totals);
  const sel = memo.scenarios[0]!.selection;
  if (sel.problems.length) return fail(out, sel.problems, lang);
  writeFileSync(outFile, memoHtml(memo));
  out.stderr((lang === 'zh' ? `已写入决策参考：${outFile}` : `decision memo written: ${outFile}`) + '\n');
  return 0;
}

type CommentKey = 'applicant_id' | 'item' | 'text' | 'stage';
const COMMENT_COLUMNS: ColumnSpec<CommentKey>[] = [
  { key: 'applicant_id', labels: ['统一社会信用代码', '申报单位编号'], required: true },
  { key: 'item', labels: ['评分条款', '条款'], required: true },
  { key: 'text', labels: ['评审意见', '意见', 'comment'], required: true },
  { key: 'stage', labels: ['评审阶段'], required: false },
];

/**
 * `scorebook feedback`: the review report of each applicant below the material cut-off (Y16.3) — or of every
 * applicant with --all — as one printable HTML file, a page per applicant.
 */
export function runFeedback(
  profile: Profile,
  entriesFile: string,
  opts: { comments?: string; names?: string; all: boolean; year?: number },
  outFile: string,
  lang: Lang,
  out: Output,
): number {
  const r = readEntries(profile, entriesFile);
  const problems = [...r.problems];
  const comments: ItemComment[] = [];
  if (opts.comments) {
    const t = readCsvTable(opts.comments, COMMENT_COLUMNS);
    problems.push(...t.problems);
    for (const rec of t.records) {
      const stage = normaliseTyped(rec.values.stage ?? 'material') === 'site' ? 'site' : 'material';
      comments.push({ applicantId: rec.values.applicant_id ?? '', item: normaliseTyped(rec.values.item ?? ''), text: rec.values.text ?? '', stage });
    }
  }
  const names = new Map<string, string>();
  if (opts.names) {
    const t = readStageScores(profile, opts.names);
    problems.push(...t.problems);
    for (const a of t.input) names.set(a.applicantId, a.name ?? a.applicantId);
  }
  if (problems.length) return fail(out, problems, lang);
  const tally = tallyStage(profile, r.entries);
  if (tally.problems.length) return fail(out, tally.problems, lang);
  const cut = profile.cutoffs.material;
  const reports = [];
  for (const a of tally.applicants) {
    if (a.total === null) {
      problems.push(problem('TALLY_INCOMPLETE', { applicant: a.applicantId, count: a.missing.length, list: a.missing.slice(0, 5).map((m) => `${m.reviewerId}:${m.item}`).join(', ') }, { file: fileName(entriesFile) }));
      continue;
    }
    const total = hundredthsToDecimal(a.total);
    const below = cut !== null && total.lt(cut.value);
    if (!opts.all && !below) continue;
    const reached = below
      ? `资料评审得分 ${fmt2(total)} 分，未达到 ${cut!.value} 分（含）的答辩和现场评审分数线（${cut!.clause}），现反馈评审报告，并抄送推荐单位。`
      : `资料评审得分 ${fmt2(total)} 分${cut ? `，达到 ${cut.value} 分（含）分数线，进入答辩和现场评审（${cut.clause}）` : ''}。`;
    reports.push(feedbackReport(profile, { id: a.applicantId, name: names.get(a.applicantId) ?? a.applicantId }, a, comments, 'material', reached));
  }
  if (problems.length) return fail(out, problems, lang);
  const title = `${opts.year ? `${opts.year} 年度` : ''}${profile.name.zh}资料评审报告`;
  writeFileSync(outFile, feedbackHtml(reports, title));
  out.stderr((lang === 'zh' ? `已写入 ${reports.length} 份评审报告：${outFile}` : `${reports.length} review reports written: ${outFile}`) + '\n');
  return 0;
}
