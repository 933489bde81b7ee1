import { readDate } from '../calendar/dates';
import type { ColumnSpec, TableRecord } from '../exchange/table';
import { problem, type Problem, type Where } from '../i18n/problem';
import type { ExclusionKind } from '../profiles/profile';
import { normaliseTyped } from '../scoring/entry';
import type { ApplicantField, ApplicantRecord, DeclaredExclusion } from './applicant';

/** applicants.csv for `scorebook eligibility` and `scorebook draw`: the code, then the Chinese label people type. */
export const APPLICANT_COLUMNS: ColumnSpec<ApplicantField>[] = [
  { key: 'credit_code', labels: ['统一社会信用代码', 'applicant_id', '信用代码'], required: true },
  { key: 'name', labels: ['单位名称', '申报单位'], required: true },
  { key: 'industry', labels: ['行业'], required: true },
  { key: 'town', labels: ['乡镇街道', '乡镇（街道）'], required: false },
  { key: 'founded', labels: ['成立日期', '注册日期', '成立（注册）日期'], required: false },
  { key: 'little_giant', labels: ['专精特新小巨人', '小巨人'], required: false },
  { key: 'excellence_years', labels: ['实施卓越绩效年数', '卓越绩效年数'], required: false },
  { key: 'awards', labels: ['获奖日期', '以往获奖'], required: false },
  { key: 'revocations', labels: ['撤销日期', '被撤销日期'], required: false },
  { key: 'exclusions', labels: ['排除情形', '不得申报情形'], required: false },
  { key: 'recommended_by', labels: ['推荐单位'], required: false },
  { key: 'profile_chars', labels: ['组织简介字数', '简介字数'], required: false },
  { key: 'report_chars', labels: ['自评报告字数', '自我评价报告字数'], required: false },
];

/** Exclusion kinds by code and by the Chinese words a secretariat writes. */
export const EXCLUSION_WORDS: Record<string, ExclusionKind> = {
  policy: 'policy',
  政策: 'policy',
  不符合产业政策: 'policy',
  licence: 'licence',
  license: 'licence',
  证照: 'licence',
  无证照: 'licence',
  accident: 'accident',
  事故: 'accident',
  责任事故: 'accident',
  spot_check: 'spot_check',
  抽查不合格: 'spot_check',
  抽查: 'spot_check',
  loss: 'loss',
  亏损: 'loss',
  untrustworthy: 'untrustworthy',
  失信: 'untrustworthy',
  fraud: 'fraud',
  弄虚作假: 'fraud',
  造假: 'fraud',
  wage_arrears: 'wage_arrears',
  拖欠工资: 'wage_arrears',
  拖欠农民工工资: 'wage_arrears',
  violation: 'violation',
  违法: 'violation',
  违法违规: 'violation',
};

const YES = new Set(['yes', 'y', 'true', '1', '是', '√']);
const NO = new Set(['', 'no', 'n', 'false', '0', '否']);

/** The applicant rows of a table; every cell that cannot be read is a problem with its row and column. */
export function readApplicants(records: readonly TableRecord<ApplicantField>[], file: string): { applicants: (ApplicantRecord & { where: Where })[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const applicants: (ApplicantRecord & { where: Where })[] = [];
  for (const r of records) {
    const at = (k: ApplicantField): Where => ({ file, row: r.row, column: r.columns[k]!, field: k });
    const v = (k: ApplicantField) => normaliseTyped(r.values[k] ?? '');
    const date = (k: ApplicantField, text: string): string | null => {
      if (!text) return null;
      const d = readDate(text);
      if (!d) problems.push(problem('CAL_BAD_DATE', { text }, at(k)));
      return d ?? null;
    };
    const dates = (k: ApplicantField) => split(v(k)).map((t) => date(k, t)).filter((d): d is string => d !== null);
    const count = (k: ApplicantField): number | null => {
      const t = v(k).replace(/[,，]/g, '');
      if (!t) return null;
      if (!/^\d+(\.\d+)?$/.test(t)) {
        problems.push(problem('ELIG_BAD_NUMBER', { text: r.values[k] ?? '' }, at(k)));
        return null;
      }
      return Number(t);
    };
    const flag = v('little_giant').toLowerCase();
    if (!YES.has(flag) && !NO.has(flag)) problems.push(problem('ELIG_BAD_YES_NO', { text: r.values.little_giant ?? '' }, at('little_giant')));
    for (const k of ['credit_code', 'name', 'industry'] as const) if (!v(k)) problems.push(problem('TABLE_REQUIRED', undefined, at(k)));
    const exclusions: DeclaredExclusion[] = [];
    for (const item of split(v('exclusions'))) {
      const m = /^(.+?)\s*[:：@\s]\s*(\S+)$/.exec(item);
      const kind = m ? EXCLUSION_WORDS[m[1]!.toLowerCase()] : undefined;
      if (!m || !kind) {
        problems.push(problem('ELIG_BAD_EXCLUSION', { text: item }, at('exclusions')));
        continue;
      }
      const d = date('exclusions', m[2]!);
      if (d) exclusions.push({ kind, date: d });
    }
    applicants.push({
      creditCode: v('credit_code'),
      name: v('name'),
      industry: v('industry'),
      town: v('town'),
      founded: date('founded', v('founded')),
      littleGiant: YES.has(flag),
      excellenceYears: count('excellence_years'),
      awards: dates('awards'),
      revocations: dates('revocations'),
      exclusions,
      recommendedBy: v('recommended_by'),
      profileChars: count('profile_chars'),
      reportChars: count('report_chars'),
      where: { file, row: r.row },
    });
  }
  return { applicants, problems };
}

function split(cell: string): string[] {
  return cell
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
