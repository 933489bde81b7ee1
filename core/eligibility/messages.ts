import type { MessageCatalog } from '../i18n/problem';

const KIND: Record<string, { zh: string; en: string }> = {
  policy: { zh: '不符合国家产业、环保、质量、节能政策', en: 'breach of industrial, environmental, quality or energy policy' },
  licence: { zh: '缺少国家规定的证照或资质', en: 'a required licence missing' },
  accident: { zh: '质量、安全、环境责任事故', en: 'a quality, safety or environmental accident' },
  spot_check: { zh: '监督抽查不合格', en: 'a failed spot check' },
  loss: { zh: '生产经营亏损', en: 'a business loss' },
  untrustworthy: { zh: '列入失信联合惩戒对象名单', en: 'listed as seriously untrustworthy' },
  fraud: { zh: '参评弄虚作假', en: 'fraud in this award' },
  wage_arrears: { zh: '拖欠农民工工资', en: 'wage arrears to migrant workers' },
  violation: { zh: '严重违法违规被处理', en: 'a serious violation punished' },
};
const kind = (k: string | number | undefined, lang: 'zh' | 'en') => KIND[String(k)]?.[lang] ?? String(k);
const WHAT: Record<string, { zh: string; en: string }> = {
  profile: { zh: '组织简介', en: 'organisation profile' },
  selfEvaluation: { zh: '自我评价报告', en: 'self-evaluation report' },
};

/** Messages of the eligibility check (Y2, Y11-Y13, Z13, Z14) and the credit code (GB 32100-2015). */
export const ELIGIBILITY_MESSAGES: MessageCatalog = {
  ELIG_CODE_LENGTH: {
    zh: (p) => `统一社会信用代码“${p.text}”应为 18 位，现为 ${p.length} 位`,
    en: (p) => `unified social credit code "${p.text}" must have 18 characters, not ${p.length}`,
  },
  ELIG_CODE_CHAR: {
    zh: (p) => `统一社会信用代码“${p.text}”第 ${p.position} 位“${p.char}”不是有效字符（不含 I、O、S、V、Z）`,
    en: (p) => `unified social credit code "${p.text}": character ${p.position} "${p.char}" is not allowed (no I, O, S, V, Z)`,
  },
  ELIG_CODE_CHECK: {
    zh: (p) => `统一社会信用代码“${p.text}”校验码错误：第 18 位应为“${p.expected}”，实为“${p.found}”，请核对是否录错`,
    en: (p) => `unified social credit code "${p.text}" has a wrong check character: the 18th should be "${p.expected}", not "${p.found}"; check for a typing error`,
  },
  ELIG_REGION: {
    zh: (p) => `信用代码的登记机关区划码为 ${p.region}，不是本县（${p.expected}）：请核实是否在本县注册纳税`,
    en: (p) => `the credit code's registration region is ${p.region}, not the county (${p.expected}): check that it is registered and pays tax here`,
  },
  ELIG_FOUNDED_MISSING: {
    zh: (p) => `缺少成立（注册）日期，无法核实经营满 ${p.required} 年`,
    en: (p) => `no date founded or registered: cannot check ${p.required} years of operation`,
  },
  ELIG_OPERATING_YEARS: {
    zh: (p) => `${p.founded} 成立，到申报截止日经营 ${p.years} 年，不足 ${p.required} 年${Number(p.littleGiant) ? '（专精特新“小巨人”）' : ''}；${p.from} 起方满足`,
    en: (p) => `founded ${p.founded}: ${p.years} years of operation at the deadline, fewer than ${p.required}${Number(p.littleGiant) ? ' (a "little giant")' : ''}; eligible from ${p.from}`,
  },
  ELIG_EXCELLENCE_UNKNOWN: {
    zh: (p) => `未填写实施卓越绩效模式年数（须 ${p.required} 年以上）`,
    en: (p) => `years of applying the excellence model not given (at least ${p.required} required)`,
  },
  ELIG_EXCELLENCE_YEARS: {
    zh: (p) => `实施卓越绩效模式 ${p.years} 年，不足 ${p.required} 年`,
    en: (p) => `${p.years} years of applying the excellence model, fewer than ${p.required}`,
  },
  ELIG_EXCLUSION: {
    zh: (p) => `${kind(p.kind, 'zh')}（${p.date}），不得申报`,
    en: (p) => `${kind(p.kind, 'en')} (${p.date}): may not apply`,
  },
  ELIG_EXCLUSION_RECENT: {
    zh: (p) => `近 ${p.years} 年内有${kind(p.kind, 'zh')}（${p.date}），${p.until} 前不得申报`,
    en: (p) => `${kind(p.kind, 'en')} within the last ${p.years} years (${p.date}): may not apply before ${p.until}`,
  },
  ELIG_WON_RECENTLY: {
    zh: (p) => `${p.date} 获奖，未满 ${p.years} 年（${p.until} 起可再次申报）`,
    en: (p) => `won on ${p.date}, less than ${p.years} years ago (may apply again from ${p.until})`,
  },
  ELIG_REVOKED_RECENTLY: {
    zh: (p) => `${p.date} 被撤销县长质量奖，${p.years} 年内不得申报（${p.until} 起可再次申报）`,
    en: (p) => `award revoked on ${p.date}: no application for ${p.years} years (may apply again from ${p.until})`,
  },
  ELIG_TEXT_TOO_LONG: {
    zh: (p) => `${WHAT[String(p.what)]?.zh ?? p.what} ${p.chars} 字，超过 ${p.max} 字上限`,
    en: (p) => `${WHAT[String(p.what)]?.en ?? p.what} has ${p.chars} characters, over the limit of ${p.max}`,
  },
  ELIG_NO_RECOMMENDATION: {
    zh: () => '缺少推荐单位（乡镇街道、园区或县级主管部门）的推荐意见',
    en: () => 'no recommendation by a town, street office, park or county department',
  },
  ELIG_BAD_NUMBER: { zh: (p) => `“${p.text}”不是数字`, en: (p) => `"${p.text}" is not a number` },
  ELIG_BAD_YES_NO: { zh: (p) => `“${p.text}”应为 是/否（yes/no）`, en: (p) => `"${p.text}" should be yes or no` },
  ELIG_BAD_EXCLUSION: {
    zh: (p) => `排除情形“${p.text}”无法识别：应写作“类别:日期”，如“事故:2024-05-01”（类别：policy 政策、licence 证照、accident 事故、spot_check 抽查不合格、loss 亏损、untrustworthy 失信、fraud 弄虚作假、wage_arrears 拖欠工资、violation 违法）`,
    en: (p) => `cannot read the exclusion "${p.text}": write "kind:date", e.g. "accident:2024-05-01" (kinds: policy, licence, accident, spot_check, loss, untrustworthy, fraud, wage_arrears, violation)`,
  },
  ELIG_NO_RULES: {
    zh: (p) => `规则配置 ${p.profile} 没有申报条件（eligibility）`,
    en: (p) => `profile ${p.profile} has no eligibility rules`,
  },
  ELIG_DEADLINE: {
    zh: (p) => `--deadline “${p.text}”无效：应为当年申报截止日期 YYYY-MM-DD`,
    en: (p) => `--deadline "${p.text}" is invalid: give the year's application deadline as YYYY-MM-DD`,
  },
};
