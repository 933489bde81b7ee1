import { dateField, moneyField, yesNoField, type Field } from '../exchange/fields';
import type { ColumnSpec, TableRecord } from '../exchange/table';
import { YES_NO_VOCAB } from '../exchange/vocab';
import { problem, type Problem, type Where } from '../i18n/problem';
import { normaliseTyped } from '../scoring/entry';
import type { AwardRecord, ObligationEvent } from './records';

type AwardField = 'record' | 'applicant_id' | 'name' | 'date' | 'year' | 'done' | 'prize' | 'repeat' | 'valid_until' | 'revoked_on' | 'reason' | 'result' | 'revoked';

/**
 * awards.csv: one row per fact, the `record` column saying which —
 *   award            date = awarded, prize, repeat, valid_until (optional), revoked_on and reason if revoked
 *   annual_report    year = the report's year (due by 30 June of it), done = handed in
 *   incident_report  date = the accident or failed spot check, done = reported, revoked = the award was revoked for it
 *   fund_inspection  date = inspection due, done = held, result = passed/failed, revoked
 */
export const AWARD_COLUMNS: ColumnSpec<AwardField>[] = [
  { key: 'record', labels: ['记录类别', '类别'], required: true },
  { key: 'applicant_id', labels: ['统一社会信用代码'], required: true },
  { key: 'name', labels: ['单位名称'], required: false },
  { key: 'date', labels: ['日期'], required: true },
  { key: 'year', labels: ['年度'], required: false },
  { key: 'done', labels: ['完成日期'], required: false },
  { key: 'prize', labels: ['奖金（元）', '奖金'], required: false },
  { key: 'repeat', labels: ['再次获奖'], required: false },
  { key: 'valid_until', labels: ['有效期至'], required: false },
  { key: 'revoked_on', labels: ['撤销日期'], required: false },
  { key: 'reason', labels: ['撤销理由', '理由'], required: false },
  { key: 'result', labels: ['检查结果', '结果'], required: false },
  { key: 'revoked', labels: ['是否撤销'], required: false },
];

const RECORD: Record<string, 'award' | ObligationEvent['kind']> = {
  award: 'award',
  获奖: 'award',
  annual_report: 'annual_report',
  年度自评报告: 'annual_report',
  自评报告: 'annual_report',
  incident_report: 'incident_report',
  事故报告: 'incident_report',
  fund_inspection: 'fund_inspection',
  奖金使用检查: 'fund_inspection',
};
const RESULT: Record<string, 'passed' | 'failed'> = { passed: 'passed', 合格: 'passed', failed: 'failed', 不合格: 'failed' };

export function readAwards(records: readonly TableRecord<AwardField>[], file: string): { awards: AwardRecord[]; events: ObligationEvent[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const awards: AwardRecord[] = [];
  const events: ObligationEvent[] = [];
  for (const r of records) {
    const at = (k: AwardField): Where => ({ file, row: r.row, column: r.columns[k]!, field: k });
    const cell = (k: AwardField) => r.values[k] ?? '';
    const parse = <T>(k: AwardField, f: Field<T>): T | undefined => {
      const p = f.parse(cell(k));
      if (p.ok) return p.value;
      problems.push(problem(p.code, p.params, at(k)));
      return undefined;
    };
    const where: Where = { file, row: r.row };
    const kind = RECORD[normaliseTyped(cell('record')).toLowerCase()];
    if (!kind) {
      problems.push(problem('AWARD_BAD_RECORD', { text: cell('record') }, at('record')));
      continue;
    }
    const applicantId = normaliseTyped(cell('applicant_id'));
    if (!applicantId) problems.push(problem('TABLE_REQUIRED', undefined, at('applicant_id')));
    const needDate = kind !== 'annual_report';
    const date = parse('date', dateField('date', '日期', needDate));
    const done = parse('done', dateField('done', '完成日期', false));
    const revoked = parse('revoked', yesNoField('revoked', '是否撤销', false, YES_NO_VOCAB));
    if (kind === 'award') {
      const prize = parse('prize', moneyField('prize', '奖金'));
      const repeat = parse('repeat', yesNoField('repeat', '再次获奖', false, YES_NO_VOCAB));
      const validUntil = parse('valid_until', dateField('valid_until', '有效期至', false));
      const revokedOn = parse('revoked_on', dateField('revoked_on', '撤销日期', false));
      if (date && prize !== undefined && repeat !== undefined && validUntil !== undefined && revokedOn !== undefined) {
        awards.push({ applicantId, name: normaliseTyped(cell('name')), awarded: date, prize, repeat, validUntil, revokedOn, revokeReason: normaliseTyped(cell('reason')), where });
      }
    } else if (kind === 'annual_report') {
      const y = normaliseTyped(cell('year'));
      if (!/^\d{4}$/.test(y)) problems.push(problem(y ? 'EXCHANGE_BAD_YEAR' : 'TABLE_REQUIRED', { text: y }, at('year')));
      else if (done !== undefined) events.push({ kind, applicantId, year: Number(y), done, where });
    } else if (kind === 'incident_report') {
      if (date && done !== undefined && revoked !== undefined) events.push({ kind, applicantId, date, done, revoked, where });
    } else {
      const t = normaliseTyped(cell('result')).toLowerCase();
      const result = t ? RESULT[t] : null;
      if (result === undefined) problems.push(problem('AWARD_BAD_RESULT', { text: cell('result') }, at('result')));
      else if (date && done !== undefined && revoked !== undefined) events.push({ kind, applicantId, date, done, result, revoked, where });
    }
  }
  return { awards, events, problems };
}
