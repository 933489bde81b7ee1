import type { Lang } from './lang';
import { CORE_MESSAGES } from './messages';
import { EXCHANGE_MESSAGES } from '../exchange/messages';
import { CALENDAR_MESSAGES } from '../calendar/messages';
import { ELIGIBILITY_MESSAGES } from '../eligibility/messages';
import { PANEL_MESSAGES } from '../panel/messages';
import { AWARDS_MESSAGES } from '../awards/messages';
import { WORKBOOK_MESSAGES } from '../workbook/messages';
import { DISTRIBUTE_MESSAGES } from '../distribute/messages';
import { formatWhere, type MessageCatalog, type Problem } from './problem';

/** Every module's messages in one place; a module adds its catalog here. */
const CATALOGS: MessageCatalog[] = [CORE_MESSAGES, EXCHANGE_MESSAGES, CALENDAR_MESSAGES, ELIGIBILITY_MESSAGES, PANEL_MESSAGES, AWARDS_MESSAGES, WORKBOOK_MESSAGES, DISTRIBUTE_MESSAGES];

const ALL: MessageCatalog = Object.assign({}, ...CATALOGS);

export function messageText(code: string, params: Record<string, string | number> | undefined, lang: Lang): string {
  const m = ALL[code];
  if (!m) return `${code}${params ? ' ' + JSON.stringify(params) : ''}`;
  return m[lang](params ?? {});
}

/** "文件 a.csv 第 3 行 D 列（value）：“abc”不是数字" / "a.csv, row 3, column D (value): "abc" is not a number". */
export function formatProblem(p: Problem, lang: Lang): string {
  const where = formatWhere(p.where, lang);
  const text = messageText(p.code, p.params, lang);
  return where ? `${where}${lang === 'zh' ? '：' : ': '}${text}` : text;
}

export function hasMessage(code: string): boolean {
  return code in ALL;
}
