import type { MessageCatalog } from '../i18n/problem';

const num = (v: string | number | undefined) => String(v ?? '');

/** "较上年" / "较 2023 年" — the compared year named the way a report says it. */
function versusZh(p: Record<string, string | number>): string {
  return Number(p.compare) === Number(p.year) - 1 ? '较上年' : `较 ${p.compare} 年`;
}
function versusEn(p: Record<string, string | number>): string {
  return Number(p.compare) === Number(p.year) - 1 ? 'the year before' : String(p.compare);
}

/** "增加 2 家" / "减少 1 家" / "持平", from a signed delta and a unit. */
function changeZh(p: Record<string, string | number>, unit: string): string {
  if (p.compare === undefined || p.compare === '') return '';
  const d = Number(p.delta);
  const abs = String(p.deltaAbs ?? Math.abs(d));
  if (d === 0) return `，${versusZh(p)}持平`;
  return `，${versusZh(p)}${d > 0 ? '增加' : '减少'} ${abs}${unit ? ' ' + unit : ''}`;
}
function changeEn(p: Record<string, string | number>, unit: string): string {
  if (p.compare === undefined || p.compare === '') return '';
  const d = Number(p.delta);
  const abs = String(p.deltaAbs ?? Math.abs(d));
  if (d === 0) return `, level with ${versusEn(p)}`;
  return `, ${abs}${unit ? ' ' + unit : ''} ${d > 0 ? 'more' : 'fewer'} than ${versusEn(p)}`;
}

/** Messages of the exchange files (reading, merging) and the finding sentences of the dashboard's headings. */
export const EXCHANGE_MESSAGES: MessageCatalog = {
  EXCHANGE_BAD_YEAR: { zh: (p) => `“${p.text}”不是年度（应为四位数字，如 2025）`, en: (p) => `"${p.text}" is not a year (four digits, e.g. 2025)` },
  EXCHANGE_NOT_A_NUMBER: { zh: (p) => `“${p.text}”不是数字`, en: (p) => `"${p.text}" is not a number` },
  EXCHANGE_NEGATIVE: { zh: (p) => `“${p.text}”不能为负数`, en: (p) => `"${p.text}" cannot be negative` },
  EXCHANGE_BAD_RANK: { zh: (p) => `“${p.text}”不是有效名次（应为正整数）`, en: (p) => `"${p.text}" is not a rank (a whole number from 1)` },
  EXCHANGE_BAD_VALUE: { zh: (p) => `“${p.text}”不是可用的取值（可用：${p.accepted}）`, en: (p) => `"${p.text}" is not an accepted value (accepted: ${p.accepted})` },
  EXCHANGE_BAD_DATE: { zh: (p) => `“${p.text}”不是有效日期（应为 YYYY-MM-DD，如 2025-06-30）`, en: (p) => `"${p.text}" is not a valid date (YYYY-MM-DD, e.g. 2025-06-30)` },
  EXCHANGE_UNKNOWN_KIND: {
    zh: (p) => `无法识别文件类型：表头（${p.header}）不符合 applications.csv、category_scores.csv 或 compliance.csv 的列`,
    en: (p) => `unknown kind of file: the header (${p.header}) matches none of applications.csv, category_scores.csv, compliance.csv`,
  },
  EXCHANGE_UNREADABLE: { zh: (p) => `无法读取文件：${p.detail}`, en: (p) => `cannot read the file: ${p.detail}` },
  EXCHANGE_DUPLICATE_ROW: {
    zh: (p) => `与 ${p.firstFile} 第 ${p.firstRow} 行重复（${p.key}），只计一次`,
    en: (p) => `repeats ${p.firstFile} row ${p.firstRow} (${p.key}); counted once`,
  },
  EXCHANGE_CONFLICTING_ROW: {
    zh: (p) => `与 ${p.firstFile} 第 ${p.firstRow} 行是同一记录（${p.key}）但内容不同：已采用先读入的一行，请核对`,
    en: (p) => `the same record as ${p.firstFile} row ${p.firstRow} (${p.key}) but with different values: the first was kept, please check`,
  },

  FINDING_APPLICANTS: {
    zh: (p) => `${p.year} 年申报 ${p.value} 家${changeZh(p, '家')}`,
    en: (p) => `${p.value} applicants in ${p.year}${changeEn(p, '')}`,
  },
  FINDING_AWARDED: {
    zh: (p) => `${p.year} 年获奖 ${p.value} 家${changeZh(p, '家')}`,
    en: (p) => `${p.value} awarded in ${p.year}${changeEn(p, '')}`,
  },
  FINDING_VACANT: {
    zh: (p) => `${p.year} 年无单位获奖（空缺）${p.compare !== undefined && p.compare !== '' ? `，${versusZh(p)}${Number(p.delta) === 0 ? '持平' : `减少 ${Math.abs(Number(p.delta))} 家`}` : ''}`,
    en: (p) => `No award in ${p.year} (vacant)${p.compare !== undefined && p.compare !== '' ? `, ${Number(p.delta) === 0 ? 'level with' : `${Math.abs(Number(p.delta))} fewer than`} ${versusEn(p)}` : ''}`,
  },
  FINDING_FUNNEL: {
    zh: (p) => `${p.year} 年申报 ${p.applied} 家，通过资料评审 ${p.passed} 家，进入终评 ${p.final} 家，获奖 ${p.awarded} 家`,
    en: (p) => `${p.year}: ${p.applied} applied, ${p.passed} passed the material review, ${p.final} reached the final, ${p.awarded} awarded`,
  },
  FINDING_PRIZE: {
    zh: (p) => `${p.year} 年发放奖金 ${p.value} 万元${changeZh(p, '万元')}`,
    en: (p) => `${p.value} × 10,000 yuan of prize money in ${p.year}${changeEn(p, '× 10,000 yuan')}`,
  },
  FINDING_DISTRIBUTION: {
    zh: (p) => `${p.year} 年${p.stageZh} ${p.reached} 家中 ${p.above} 家达到 ${p.cutoff} 分线`,
    en: (p) => `${p.year}: ${p.above} of ${p.reached} reached the ${p.stageEn} cut-off of ${p.cutoff}`,
  },
  FINDING_DISTRIBUTION_NO_CUTOFF: {
    zh: (p) => `${p.year} 年${p.stageZh}共 ${p.reached} 家，最高 ${p.max} 分`,
    en: (p) => `${p.year}: ${p.reached} with a ${p.stageEn} score, highest ${p.max}`,
  },
  FINDING_WEAKEST_CATEGORY: {
    zh: (p) => `${p.year} 年${p.stageZh}最弱类目：${p.category} ${p.nameZh}（平均得分率 ${p.pct}%）`,
    en: (p) => `${p.year}: the weakest category at ${p.stageEn} is ${p.category} ${p.nameEn} (mean ${p.pct}%)`,
  },
  FINDING_INDUSTRY: {
    zh: (p) => `${p.year} 年申报最多的行业：${p.key}（${p.value} 家）`,
    en: (p) => `${p.year}: most applicants came from ${p.key} (${p.value})`,
  },
  FINDING_TOWN: {
    zh: (p) => `${p.year} 年申报最多的乡镇街道：${p.key}（${p.value} 家）`,
    en: (p) => `${p.year}: most applicants came from ${p.key} (${p.value})`,
  },
  FINDING_REPORTS: {
    zh: (p) => `${p.year} 年年度自评报告应交 ${p.due} 份：按时 ${p.onTime}、逾期 ${p.late}、未交 ${p.missing}`,
    en: (p) => `${p.year}: ${p.due} annual reports due: ${p.onTime} on time, ${p.late} late, ${p.missing} missing`,
  },
  FINDING_REVOCATIONS: {
    zh: (p) => `${p.year} 年撤销奖项 ${p.value} 家${changeZh(p, '家')}`,
    en: (p) => `${p.value} awards revoked in ${p.year}${changeEn(p, '')}`,
  },
  FINDING_NO_DATA: { zh: (p) => `${p.year} 年没有数据`, en: (p) => `no data for ${p.year}` },
  CHANGE_SAME: { zh: () => '持平', en: () => 'no change' },
  CHANGE_UP: { zh: (p) => `增加 ${num(p.value)}`, en: (p) => `up ${num(p.value)}` },
  CHANGE_DOWN: { zh: (p) => `减少 ${num(p.value)}`, en: (p) => `down ${num(p.value)}` },
};
