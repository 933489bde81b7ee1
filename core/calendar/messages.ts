import type { MessageCatalog } from '../i18n/problem';

/** Messages of the working-day calendar and notice periods. */
export const CALENDAR_MESSAGES: MessageCatalog = {
  CAL_YEAR_NOT_COVERED: {
    zh: (p) => `没有 ${p.year} 年的节假日安排（内置数据覆盖 ${p.first}–${p.last} 年）：请用 --holidays 提供该年的放假和调休上班日期（CSV 或 JSON）`,
    en: (p) => `no holiday calendar for ${p.year} (the built-in data covers ${p.first}-${p.last}): supply that year's holidays and adjusted working days with --holidays (CSV or JSON)`,
  },
  CAL_BAD_DATE: {
    zh: (p) => `“${p.text}”不是有效日期（应为 YYYY-MM-DD，如 2027-10-01）`,
    en: (p) => `"${p.text}" is not a valid date (use YYYY-MM-DD, e.g. 2027-10-01)`,
  },
  CAL_BAD_KIND: {
    zh: (p) => `类别“${p.text}”无效（可用：holiday 放假、workday 调休上班）`,
    en: (p) => `unknown kind "${p.text}" (known: holiday, workday)`,
  },
  CAL_WORKDAY_NOT_WEEKEND: {
    zh: (p) => `${p.date} 是周一至周五，本就是工作日：调休上班日应为周六或周日`,
    en: (p) => `${p.date} is a Monday-Friday and a working day anyway: an adjusted working day falls on a weekend`,
  },
  CAL_BOTH_KINDS: {
    zh: (p) => `${p.date} 同时被列为放假和调休上班`,
    en: (p) => `${p.date} is listed both as a holiday and as a working day`,
  },
  CAL_BAD_JSON: { zh: (p) => `节假日 JSON 无法读取：${p.detail}`, en: (p) => `cannot read the holidays JSON: ${p.detail}` },
  CAL_BAD_DAYS: {
    zh: (p) => `--days “${p.text}”无效：应为正整数`,
    en: (p) => `--days "${p.text}" is invalid: a whole number above 0`,
  },
};
