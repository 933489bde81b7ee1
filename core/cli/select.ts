import { fmt2, type Decimal } from '../decimal';
import { toCsv } from '../exchange/csv-write';
import type { ColumnSpec } from '../exchange/table';
import type { Lang } from '../i18n/lang';
import { problem, type Problem } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import { normaliseTyped, parseScore } from '../scoring/entry';
import { select, type SelectionFlag, type StageScores } from '../selection/select';
import { readCsvTable, report, writeCsvOutput, type Output } from './io';
import { fileName } from './tally';

type ScoreKey = 'applicant_id' | 'name' | 'industry' | 'material' | 'site' | 'defense' | 'results' | 'flags';

export function stageScoreColumns(profile: Profile): ColumnSpec<ScoreKey>[] {
  return [
    { key: 'applicant_id', labels: ['统一社会信用代码', '申报单位编号'], required: true },
    { key: 'name', labels: ['单位名称', '申报单位'], required: true },
    { key: 'industry', labels: ['行业'], required: true },
    { key: 'material', labels: ['资料评审得分', '资料评审'], required: true },
    { key: 'site', labels: ['现场评审得分', '现场评审'], required: true },
    { key: 'defense', labels: ['答辩得分', '答辩'], required: profile.defense !== null },
    { key: 'results', labels: ['经营结果得分', '结果得分'], required: false },
    { key: 'flags', labels: ['标记'], required: false },
  ];
}

const FLAG_LABELS: Record<string, SelectionFlag> = {
  disqualified: 'disqualified',
  取消资格: 'disqualified',
  repeat_winner: 'repeat_winner',
  再次获奖: 'repeat_winner',
};

/** Reads a stage-scores CSV: every bad cell is a located problem. */
export function readStageScores(profile: Profile, file: string): { input: StageScores[]; problems: Problem[]; notices: Problem[] } {
  const table = readCsvTable(file, stageScoreColumns(profile));
  if (table.problems.length) return { input: [], problems: table.problems, notices: table.notices };
  const resultsMax = profile.criteria.categories.filter((c) => c.kind === 'results').reduce((s, c) => s + c.points, 0);
  const problems: Problem[] = [];
  const input: StageScores[] = [];
  for (const r of table.records) {
    const at = (k: ScoreKey) => ({ file: fileName(file), row: r.row, column: r.columns[k]!, field: k });
    const score = (k: ScoreKey, max: number): Decimal | null => {
      if (r.columns[k] === undefined) return null;
      const s = parseScore(r.values[k], max);
      if (s.kind === 'error') {
        problems.push(problem(s.code, { text: s.text, max }, at(k)));
        return null;
      }
      return s.kind === 'value' ? s.value : null;
    };
    const applicantId = r.values.applicant_id ?? '';
    if (!applicantId) problems.push(problem('TABLE_REQUIRED', undefined, at('applicant_id')));
    const flags: SelectionFlag[] = [];
    for (const f of normaliseTyped(r.values.flags ?? '').split(/[;,]/).map((s) => s.trim()).filter(Boolean)) {
      const flag = FLAG_LABELS[f.toLowerCase()];
      if (flag) flags.push(flag);
      else problems.push(problem('SELECT_UNKNOWN_FLAG', { value: f }, at('flags')));
    }
    const material = score('material', profile.criteria.total);
    const site = score('site', profile.criteria.total);
    const defense = profile.defense ? score('defense', profile.defense.max) : null;
    const results = score('results', resultsMax || profile.criteria.total);
    const s: StageScores = { applicantId, material, site, defense, results, flags, where: { file: fileName(file), row: r.row } };
    if (r.values.name) s.name = r.values.name;
    if (r.values.industry) s.industry = r.values.industry;
    input.push(s);
  }
  return { input, problems, notices: table.notices };
}

/** `scorebook select`: stage scores in; rank, ranking score, outcome and deciding clause out. */
export function runSelect(profile: Profile, file: string, outFile: string | undefined, lang: Lang, out: Output): number {
  const { input, problems, notices } = readStageScores(profile, file);
  report(out, notices.map((n) => ({ ...n, severity: 'warning' as const })), lang);
  if (problems.length) {
    report(out, problems, lang);
    return 2;
  }
  const sel = select(profile, input);
  if (sel.problems.length) {
    report(out, sel.problems, lang);
    return 2;
  }
  const d = (v: Decimal | null) => (v === null ? '' : fmt2(v));
  const rows = sel.rows.map((r) => [r.rank ?? '', r.applicantId, d(r.score), r.outcome, r.clause, r.name ?? '', d(r.review), d(r.composite)]);
  writeCsvOutput(out, toCsv(['rank', 'applicant_id', 'score', 'outcome', 'clause', 'name', 'review', 'composite'], rows, { eol: '\n' }), outFile);
  if (sel.vacant) out.stderr((lang === 'zh' ? `本年度无单位达到条件，奖项空缺（${sel.vacancyClause}）` : `Nobody qualifies: the award is vacant this year (${sel.vacancyClause})`) + '\n');
  if (sel.tiedForLastPlace.length) {
    out.stderr(
      (lang === 'zh'
        ? `以下单位并列最后名额，经全部排序规则仍无法区分，须由评选委员会表决（${profile.tieClause}）：`
        : `Tied for the last place after every tie-break; the committee decides (${profile.tieClause}): `) +
        sel.tiedForLastPlace.join(', ') +
        '\n',
    );
  }
  return 0;
}
