import type { Lang } from '../i18n/lang';
import type { Outcome } from '../selection/select';
import type { Stage } from './plan';

type T = { zh: string; en: string };
const t = (zh: string, en: string): T => ({ zh, en });

/** Texts written into the sheets. Sheet names are part of the layout the reader checks. */
export const L = {
  setup: t('设置', 'Set-up'),
  roster: t('名单', 'Roster'),
  defense: t('答辩评分', 'Defense'),
  results: t('评审结果', 'Results'),
  stage: { material: t('资料评审', 'Material review'), site: t('现场评审', 'Site review') } as Record<Stage, T>,
  stageShort: { material: t('资料', 'Material'), site: t('现场', 'Site') } as Record<Stage, T>,
  consensus: t('合议', 'consensus'),
  clause: t('条款', 'Clause'),
  item: t('评分条款', 'Item'),
  points: t('分值', 'Points'),
  guide: t('评分指南（档次）', 'Band guide'),
  pct: t('得分率(%)', 'Percent'),
  itemPoints: t('得分', 'Points scored'),
  comment: t('评语（优势 / 改进机会）', 'Comments (strengths / opportunities for improvement)'),
  subtotal: t('小计', 'Subtotal'),
  total: t('合计', 'Total'),
  code: t('编号', 'Code'),
  name: t('单位名称', 'Name'),
  industry: t('行业', 'Industry'),
  town: t('乡镇街道', 'Town'),
  reviewer: t('评审员', 'Reviewer'),
  reviewerName: t('姓名', 'Name'),
  applicants: t('申报单位', 'Applicants'),
  reviewers: t('评审员', 'Reviewers'),
  assignments: t('评审分工', 'Assignments'),
  groupSize: t('组员数', 'Group'),
  spread: t('极差', 'Spread'),
  bandGap: t('档差', 'Band gap'),
  flag: t('需讨论', 'Discuss'),
  defaultConsensus: t('默认合议值', 'Default consensus'),
  override: t('组长修改值', "Leader's value"),
  reason: t('修改理由', 'Reason'),
  consensusValue: t('合议值', 'Consensus'),
  missing: t('缺评项数', 'Entries missing'),
  flaggedCount: t('需讨论项数', 'Items to discuss'),
  scorer: t('评委', 'Scorer'),
  scorerCount: t('评委人数', 'Scorers'),
  mean: t('答辩得分', 'Defense score'),
  rank: t('排名', 'Rank'),
  material: t('资料评审得分', 'Material'),
  site: t('现场评审得分', 'Site'),
  defenseScore: t('答辩得分', 'Defense'),
  review: t('评审得分', 'Review'),
  composite: t('综合得分', 'Composite'),
  rankingScore: t('排名得分', 'Ranking score'),
  outcome: t('结果', 'Outcome'),
  decidedBy: t('依据条款', 'Clause'),
  resultsCat: t('经营结果类目得分', 'Results category'),
  finalist: t('进入排名', 'Ranked score'),
  groupOfRank: t('同名次数', 'Same rank'),
  signatures: t('评选委员会成员签字：', 'Committee members’ signatures:'),
  date: t('日期：        年    月    日', 'Date:'),
  confirmed: t('已核实', 'confirmed'),
  toConfirm: t('待核实', 'to confirm'),
  process: t('过程', 'process'),
  resultsKind: t('结果', 'results'),
  setting: t('设置项', 'Setting'),
  value: t('取值', 'Value'),
  source: t('依据', 'Clause'),
};

export function tx(x: T, lang: Lang): string {
  return x[lang];
}

export const OUTCOME_LABEL: Record<Outcome, T> = {
  candidate: t('推荐候选', 'candidate'),
  tie: t('并列待定', 'tie'),
  outside_quota: t('超出名额', 'outside the quota'),
  below_material_cutoff: t('未达资料评审分数线', 'below the material cut-off'),
  below_review_cutoff: t('未达评审分数线', 'below the review cut-off'),
  below_composite_cutoff: t('未达综合分数线', 'below the composite cut-off'),
  disqualified: t('取消资格', 'disqualified'),
};

/** CRITERIA.md band table, one line per band, for the guide column of a score sheet. */
export function bandGuide(kind: 'process' | 'results', floors: readonly number[], step: number, lang: Lang): string {
  const process = [
    t('无系统方法，仅有零散事例', 'no systematic approach; anecdotal'),
    t('开始有系统方法，初步展开', 'beginning of a systematic approach; early deployment'),
    t('有效的系统方法满足基本要求，开始评价', 'effective approach to basic requirements; evaluation begins'),
    t('有效方法满足总体要求，展开良好，基于事实改进', 'effective approach to overall requirements; fact-based improvement'),
    t('方法满足多重要求，有学习，已整合', 'approach to multiple requirements; learning; integrated'),
    t('全面展开，有创新，完全整合', 'fully deployed; innovation; fully integrated'),
  ];
  const results = [
    t('无结果或结果很差', 'no or poor results'),
    t('结果很少，几乎无趋势和对比数据', 'few results; little trend or comparison data'),
    t('多数方面水平良好，趋势初现', 'good levels in many areas; early trends'),
    t('多数方面趋势改进或水平良好', 'improving trends or good levels in most areas'),
    t('水平和趋势良好至优秀，有标杆对比', 'good to excellent levels and trends; benchmarks'),
    t('优秀且持续，行业领先', 'excellent, sustained; industry leadership'),
  ];
  const texts = kind === 'process' ? process : results;
  return floors
    .map((f, i) => {
      const top = i + 1 < floors.length ? (floors[i + 1] as number) - step : 100;
      const text = texts[i] ? texts[i]![lang] : '';
      return lang === 'zh' ? `${i + 1}档 ${f}–${top}：${text}` : `band ${i + 1} ${f}-${top}: ${text}`;
    })
    .join('\n');
}

/** Short band list for an input message (Excel allows 255 characters). */
export function bandPrompt(floors: readonly number[], step: number, lang: Lang): string {
  const parts = floors.map((f, i) => {
    const top = i + 1 < floors.length ? (floors[i + 1] as number) - step : 100;
    return lang === 'zh' ? `${i + 1}档 ${f}–${top}` : `band ${i + 1}: ${f}-${top}`;
  });
  return lang === 'zh'
    ? `输入 0–100 的整数，${step} 的倍数。${parts.join('；')}`
    : `Enter 0-100 in steps of ${step}. ${parts.join('; ')}`;
}
