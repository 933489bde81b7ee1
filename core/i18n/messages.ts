import type { MessageCatalog } from './problem';

const STAGE_ZH: Record<string, string> = {
  material: '资料评审得分',
  site: '现场评审得分',
  defense: '答辩得分',
  review: '评审得分',
  composite: '综合得分',
};
const stageZh = (s: string | number) => STAGE_ZH[String(s)] ?? String(s);

/** Messages of profiles, scoring, selection and tabular input. Other modules keep their own catalogs. */
export const CORE_MESSAGES: MessageCatalog = {
  PROFILE_NOT_OBJECT: { zh: () => '规则配置应为 JSON 对象', en: () => 'a profile must be a JSON object' },
  PROFILE_UNKNOWN_BASE: {
    zh: (p) => `基础配置“${p.value}”不存在（可用：yunyang-2022、zhongmu）`,
    en: (p) => `unknown base profile "${p.value}" (known: yunyang-2022, zhongmu)`,
  },
  PROFILE_UNKNOWN_FIELD: { zh: (p) => `未知字段（${p.detail}）`, en: (p) => `unknown field (${p.detail})` },
  PROFILE_INVALID_FIELD: { zh: (p) => `取值无效（${p.detail}）`, en: (p) => `invalid value (${p.detail})` },
  PROFILE_UNKNOWN_CRITERIA: {
    zh: (p) => `评价准则“${p.value}”不存在（可用：gbt19580-2004、gbt19580-2012，或直接给出准则树）`,
    en: (p) => `unknown criteria tree "${p.value}" (known: gbt19580-2004, gbt19580-2012, or give the tree itself)`,
  },
  PROFILE_ITEMS_SUM: {
    zh: (p) => `类目 ${p.clause} 的分值为 ${p.points}，但其评分条款分值合计为 ${p.sum}`,
    en: (p) => `category ${p.clause} has ${p.points} points but its items add up to ${p.sum}`,
  },
  PROFILE_CATEGORIES_SUM: {
    zh: (p) => `总分为 ${p.total}，但各类目分值合计为 ${p.sum}`,
    en: (p) => `the total is ${p.total} but the categories add up to ${p.sum}`,
  },
  PROFILE_DUPLICATE_CLAUSE: { zh: (p) => `条款编号 ${p.clause} 重复`, en: (p) => `clause ${p.clause} appears twice` },
  PROFILE_STEP: {
    zh: (p) => `评分步长 ${p.step} 无效：应为能整除 100 的正整数（如 5 或 10）`,
    en: (p) => `scoring step ${p.step} is invalid: it must be a whole number that divides 100 (e.g. 5 or 10)`,
  },
  PROFILE_BANDS: {
    zh: () => '评分档次下限应从 0 开始并逐档递增',
    en: () => 'band floors must start at 0 and increase band by band',
  },
  PROFILE_MIN_GT_MAX: { zh: (p) => `下限 ${p.min} 大于上限 ${p.max}`, en: (p) => `minimum ${p.min} is above maximum ${p.max}` },
  PROFILE_QUOTA: { zh: (p) => `名额 ${p.value} 无效：至少为 1`, en: (p) => `quota ${p.value} is invalid: at least 1` },
  PROFILE_WEIGHTS_SUM: {
    zh: (p) => `资料评审与现场评审权重之和为 ${p.sum}，应为 1`,
    en: (p) => `material and site weights add up to ${p.sum}, not 1`,
  },
  PROFILE_NEEDS: {
    zh: (p) => `此设置需要配置“${p.needs === 'weights' ? '权重（weights）' : '答辩（defense）'}”`,
    en: (p) => `this setting needs "${p.needs}" to be set`,
  },
  PROFILE_CUTOFF_RANGE: {
    zh: (p) => `分数线 ${p.value} 超出分值范围 0–${p.max}`,
    en: (p) => `cut-off ${p.value} is outside the scale 0-${p.max}`,
  },

  ENTRY_NOT_A_NUMBER: { zh: (p) => `“${p.text}”不是数字`, en: (p) => `"${p.text}" is not a number` },
  ENTRY_OUT_OF_RANGE: {
    zh: (p) => `“${p.text}”超出范围 0–${p.max ?? 100}`,
    en: (p) => `"${p.text}" is outside 0-${p.max ?? 100}`,
  },
  ENTRY_OFF_STEP: {
    zh: (p) => `“${p.text}”不在评分步长上（应为 ${p.step} 的整数倍）`,
    en: (p) => `"${p.text}" is not on the scoring step (a multiple of ${p.step})`,
  },

  TALLY_UNKNOWN_ITEM: {
    zh: (p) => `评分条款“${p.item}”不在本评价准则的评分条款中`,
    en: (p) => `"${p.item}" is not a scored item of the profile's criteria`,
  },
  TALLY_DUPLICATE_ENTRY: {
    zh: (p) => `重复评分：评审员 ${p.reviewer} 对 ${p.applicant} 的条款 ${p.item} 已有评分`,
    en: (p) => `duplicate entry: reviewer ${p.reviewer} already scored item ${p.item} of ${p.applicant}`,
  },
  TALLY_NOT_ASSIGNED: {
    zh: (p) => `评审员 ${p.reviewer} 未被分配评审 ${p.applicant}`,
    en: (p) => `reviewer ${p.reviewer} is not assigned to ${p.applicant}`,
  },
  TALLY_OVERRIDE_NEEDS_REASON: {
    zh: (p) => `组长修改 ${p.applicant} 条款 ${p.item} 的合议值须填写理由`,
    en: (p) => `the leader's consensus value for ${p.applicant} item ${p.item} needs a reason`,
  },
  TALLY_OVERRIDE_INVALID: {
    zh: (p) => `组长给出的 ${p.applicant} 条款 ${p.item} 合议值“${p.value}”不是有效评分`,
    en: (p) => `the leader's consensus value "${p.value}" for ${p.applicant} item ${p.item} is not a valid score`,
  },
  TALLY_OVERRIDE_UNKNOWN_APPLICANT: {
    zh: (p) => `合议修改针对的申报单位 ${p.applicant} 没有任何评分`,
    en: (p) => `consensus override for ${p.applicant}, which has no entries`,
  },
  TALLY_DUPLICATE_OVERRIDE: {
    zh: (p) => `${p.applicant} 条款 ${p.item} 的合议修改重复`,
    en: (p) => `two consensus overrides for ${p.applicant} item ${p.item}`,
  },
  TALLY_INCOMPLETE: {
    zh: (p) => `${p.applicant} 尚有 ${p.count} 项未评分（${p.list}），本阶段得分不能确定`,
    en: (p) => `${p.applicant} has ${p.count} entries missing (${p.list}): the stage score is not final`,
  },

  SELECT_DUPLICATE_APPLICANT: { zh: (p) => `申报单位 ${p.applicant} 重复出现`, en: (p) => `applicant ${p.applicant} appears twice` },
  SELECT_MISSING_SCORE: {
    zh: (p) => `${p.applicant} 缺少${stageZh(p.stage!)}，无法确定结果`,
    en: (p) => `${p.applicant} has no ${p.stage} score, which its result needs`,
  },
  SELECT_SCORE_AFTER_FAILED_STAGE: {
    zh: (p) => `${p.applicant} 未通过资料评审，却有${stageZh(p.stage!)}：请核对`,
    en: (p) => `${p.applicant} did not pass the material review but has a ${p.stage} score: please check`,
  },
  SELECT_UNKNOWN_FLAG: {
    zh: (p) => `标记“${p.value}”无效（可用：disqualified 取消资格、repeat_winner 再次获奖）`,
    en: (p) => `unknown flag "${p.value}" (known: disqualified, repeat_winner)`,
  },

  TABLE_EMPTY: { zh: () => '文件为空或没有表头', en: () => 'the file is empty or has no header row' },
  TABLE_MISSING_COLUMN: {
    zh: (p) => `缺少列“${p.column}”（表头应包含：${p.expected}）`,
    en: (p) => `column "${p.column}" is missing (the header must include: ${p.expected})`,
  },
  TABLE_DUPLICATE_COLUMN: { zh: (p) => `列“${p.column}”出现两次`, en: (p) => `column "${p.column}" appears twice` },
  TABLE_UNKNOWN_COLUMN: {
    zh: (p) => `未知列“${p.column}”已忽略`,
    en: (p) => `unknown column "${p.column}" ignored`,
  },
  TABLE_REQUIRED: { zh: () => '此项不能为空', en: () => 'this cell must not be empty' },
  TABLE_BAD_QUOTES: { zh: (p) => `CSV 格式错误：${p.detail}`, en: (p) => `malformed CSV: ${p.detail}` },
  TABLE_ENCODING: {
    zh: (p) => `无法按 ${p.encoding} 解码`,
    en: (p) => `cannot be decoded as ${p.encoding}`,
  },

  CLI_UNKNOWN_PROFILE: {
    zh: (p) => `未知的规则配置“${p.value}”（可用：yunyang-2022、zhongmu，或一个 .json 文件）`,
    en: (p) => `unknown profile "${p.value}" (known: yunyang-2022, zhongmu, or a .json file)`,
  },
  CLI_FILE_UNREADABLE: { zh: (p) => `无法读取：${p.detail}`, en: (p) => `cannot read: ${p.detail}` },
  CLI_USAGE: { zh: (p) => `${p.detail}`, en: (p) => `${p.detail}` },
};
