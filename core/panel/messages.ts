import type { MessageCatalog } from '../i18n/problem';

const REASON_ZH: Record<string, string> = {
  employer: '任职',
  consulting: '兼职咨询',
  shares: '持股',
  other_tie: '其他利害关系',
  complaint_pending: '有待处理的投诉或违法违纪案件',
};
const REASON_EN: Record<string, string> = {
  employer: 'works there',
  consulting: 'moonlights or consults there',
  shares: 'holds shares',
  other_tie: 'another interest',
  complaint_pending: 'a complaint or violation case pending',
};

export function recusalReasonText(reason: string, lang: 'zh' | 'en'): string {
  return (lang === 'zh' ? REASON_ZH : REASON_EN)[reason] ?? reason;
}

/** Messages of the expert pool, the draw and recusal (Y8, Z11, Y16.4, YR2-YR4, Z18). */
export const PANEL_MESSAGES: MessageCatalog = {
  PANEL_NOT_IN_POOL: { zh: (p) => `评审员“${p.expert}”不在专家库中`, en: (p) => `reviewer "${p.expert}" is not in the expert pool` },
  PANEL_UNKNOWN_APPLICANT: { zh: (p) => `申报单位“${p.applicant}”不在名单中`, en: (p) => `applicant "${p.applicant}" is not in the roster` },
  PANEL_DUPLICATE_ASSIGNMENT: { zh: (p) => `${p.expert} 对 ${p.applicant} 的同一阶段安排重复`, en: (p) => `${p.expert} is assigned to ${p.applicant} twice in the same stage` },
  PANEL_CONFLICT: {
    zh: (p) => `${p.expert} 须回避 ${p.applicant}：${p.reason}（${p.clause}），不能安排其评审`,
    en: (p) => `${p.expert} must recuse from ${p.applicant}: ${p.reasonEn} (${p.clause}); they cannot review it`,
  },
  PANEL_ADJUSTED_SIZE: {
    zh: (p) => `${p.applicant} 的${p.stage === 'site' ? '现场' : '资料'}评审组有 ${p.count} 名评审员，应为 ${p.min}–${p.max} 人（${p.clause}）`,
    en: (p) => `the ${p.stage} group of ${p.applicant} has ${p.count} reviewers; it needs ${p.min}-${p.max} (${p.clause})`,
  },
  PANEL_CANNOT_FILL: {
    zh: (p) =>
      `评审组 ${p.group}（${p.industry}）需要 ${p.needed} 名评审员，只有 ${p.available} 名可抽取：专家库中该专业 ${p.specialists} 人，其中 ${p.recused} 人须回避${p.reasons ? `（${p.reasons}）` : ''}，${p.busy} 人已抽入其他评审组`,
    en: (p) =>
      `group ${p.group} (${p.industry}) needs ${p.needed} reviewers but only ${p.available} can be drawn: the pool has ${p.specialists} in this specialty, ${p.recused} of them recused${p.reasons ? ` (${p.reasons})` : ''}, ${p.busy} already drawn for another group`,
  },
  PANEL_DEFENSE_CANNOT_FILL: {
    zh: (p) => `答辩评审组（${p.clause}）需要 ${p.scorers} 名评分评审员和 ${p.advisors} 名顾问，共 ${p.needed} 人，无回避情形的只有 ${p.available} 人（${p.recused} 人须回避${p.reasons ? `：${p.reasons}` : ''}）`,
    en: (p) => `the defense panel (${p.clause}) needs ${p.scorers} scorers and ${p.advisors} advisors, ${p.needed} in all, but only ${p.available} have no conflict (${p.recused} recused${p.reasons ? `: ${p.reasons}` : ''})`,
  },
  PANEL_GROUP_SIZE: {
    zh: (p) => `每组评审员人数 ${p.value} 无效：应为 ${p.min}–${p.max} 人（${p.clause}）`,
    en: (p) => `group size ${p.value} is invalid: ${p.min}-${p.max} reviewers (${p.clause})`,
  },
  PANEL_ADVISORS: {
    zh: (p) => `答辩顾问人数 ${p.value} 无效：应为 ${p.min}–${p.max} 人（${p.clause}）`,
    en: (p) => `${p.value} defense advisors is invalid: ${p.min}-${p.max} (${p.clause})`,
  },
  PANEL_BAD_SEED: {
    zh: (p) => `随机种子“${p.value}”无效：应为 0–${p.max} 的整数`,
    en: (p) => `seed "${p.value}" is invalid: a whole number 0-${p.max}`,
  },
  PANEL_SEED_REQUIRED: {
    zh: () => '请用 --seed N 给出随机种子（公开种子，任何人可据此复核抽取结果）',
    en: () => 'give the random seed with --seed N (a published seed lets anyone repeat the draw)',
  },
  PANEL_DUPLICATE_EXPERT: { zh: (p) => `评审员编号 ${p.id} 重复`, en: (p) => `expert id ${p.id} appears twice` },
  PANEL_DUPLICATE_APPLICANT: { zh: (p) => `申报单位 ${p.id} 重复`, en: (p) => `applicant ${p.id} appears twice` },
};
