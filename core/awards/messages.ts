import type { MessageCatalog } from '../i18n/problem';

const OBLIGATION: Record<string, { zh: string; en: string }> = {
  annual_report: { zh: '年度自评报告', en: 'annual report' },
  incident_report: { zh: '事故报告', en: 'incident report' },
  fund_inspection: { zh: '奖金使用检查', en: 'fund inspection' },
};

/** Messages of award records and winners' obligations (Z4, Z24, Z25, Z28, Z29, Y18-Y21). */
export const AWARDS_MESSAGES: MessageCatalog = {
  AWARD_WHILE_VALID: {
    zh: (p) => `${p.applicant} 于 ${p.date} 再次获奖，但 ${p.earlier} 所获奖项有效期至 ${p.until}，尚未期满（${p.clause}）`,
    en: (p) => `${p.applicant} won again on ${p.date} while its award of ${p.earlier} was valid until ${p.until} (${p.clause})`,
  },
  AWARD_DURING_BAN: {
    zh: (p) => `${p.applicant} 于 ${p.revoked} 被撤销奖项，${p.until} 前不得申报，却于 ${p.date} 获奖（${p.clause}）`,
    en: (p) => `${p.applicant} was revoked on ${p.revoked} and barred until ${p.until}, yet won on ${p.date} (${p.clause})`,
  },
  AWARD_REPEAT_WITHOUT_EARLIER: {
    zh: (p) => `${p.applicant} 标为再次获奖，但记录中没有更早的获奖（${p.clause}）`,
    en: (p) => `${p.applicant} is marked as a repeat award but has no earlier award on record (${p.clause})`,
  },
  AWARD_NOT_MARKED_REPEAT: {
    zh: (p) => `${p.applicant} 曾于 ${p.earlier} 获奖，本次应标为再次获奖：不授予奖金、不占名额（${p.clause}）`,
    en: (p) => `${p.applicant} won before (${p.earlier}): this award should be marked repeat, without money and outside the quota (${p.clause})`,
  },
  AWARD_REPEAT_PRIZE: {
    zh: (p) => `${p.applicant} 再次获奖不授予奖金，记录却有奖金 ${p.prize} 元（${p.clause}）`,
    en: (p) => `${p.applicant}: a repeat award carries no money, but ${p.prize} yuan is recorded (${p.clause})`,
  },
  AWARD_PRIZE: {
    zh: (p) => `${p.applicant} 奖金记录为 ${p.prize} 元，规定为 ${p.expected} 元（${p.clause}）`,
    en: (p) => `${p.applicant}: prize recorded as ${p.prize} yuan, the rules give ${p.expected} (${p.clause})`,
  },
  AWARD_OVER_QUOTA: {
    zh: (p) => `${p.year} 年占名额的获奖单位 ${p.count} 个，超过上限 ${p.max} 个（${p.clause}）`,
    en: (p) => `${p.year}: ${p.count} awards within the quota, more than ${p.max} (${p.clause})`,
  },
  AWARD_REVOKE_NO_REASON: {
    zh: (p) => `${p.applicant} 的撤销记录缺少理由（${p.clause}）`,
    en: (p) => `${p.applicant}: the revocation has no reason (${p.clause})`,
  },
  AWARD_REVOKED_NOT_RECORDED: {
    zh: (p) => `${p.applicant} ${p.date} 的记录注明“因此撤销”，但获奖记录中没有撤销日期`,
    en: (p) => `${p.applicant}: the record of ${p.date} says the award was revoked, but the award has no revocation date`,
  },
  AWARD_REPORT_UNMATCHED: {
    zh: (p) => `${p.applicant} 的 ${p.year} 年度自评报告不对应任何有效期内的获奖，已忽略`,
    en: (p) => `${p.applicant}: the ${p.year} annual report matches no award in force, ignored`,
  },
  AWARD_EVENT_NO_AWARD: {
    zh: (p) => `${p.applicant} 在 ${p.date} 没有有效期内的奖项，此记录已忽略`,
    en: (p) => `${p.applicant} held no award in force on ${p.date}: record ignored`,
  },
  AWARD_NOT_AN_OBLIGATION: {
    zh: (p) => `本规则配置没有“${OBLIGATION[String(p.obligation)]?.zh ?? p.obligation}”义务，此记录已忽略`,
    en: (p) => `the profile has no ${OBLIGATION[String(p.obligation)]?.en ?? p.obligation} obligation: record ignored`,
  },
  AWARD_BAD_RECORD: {
    zh: (p) => `记录类别“${p.text}”无效（可用：award 获奖、annual_report 年度自评报告、incident_report 事故报告、fund_inspection 奖金使用检查）`,
    en: (p) => `unknown record "${p.text}" (known: award, annual_report, incident_report, fund_inspection)`,
  },
  AWARD_BAD_RESULT: {
    zh: (p) => `检查结果“${p.text}”无效（可用：passed 合格、failed 不合格）`,
    en: (p) => `unknown inspection result "${p.text}" (known: passed, failed)`,
  },
  AWARD_NO_LIFE: {
    zh: (p) => `规则配置 ${p.profile} 没有获奖后管理（awardLife）设置`,
    en: (p) => `profile ${p.profile} has no awardLife section`,
  },
  AWARD_BAD_ON: {
    zh: (p) => `--on “${p.text}”无效：应为日期 YYYY-MM-DD`,
    en: (p) => `--on "${p.text}" is invalid: give a date as YYYY-MM-DD`,
  },
};
