import type { Lang } from '../../core/i18n/lang';

/** The task pane's words: Chinese first, English for an English Office. */
const S = {
  title: { zh: 'Scorebook 县长质量奖评审', en: 'Scorebook: county quality award' },
  step1: { zh: '1 开始评审年度', en: '1 Start an award year' },
  step2: { zh: '2 资格审查', en: '2 Eligibility' },
  step3: { zh: '3 抽取评审组', en: '3 Draw the panels' },
  step4: { zh: '4 生成评分表', en: '4 Build score sheets' },
  step5: { zh: '5 检查录入', en: '5 Check entries' },
  step6: { zh: '6 合议', en: '6 Consensus' },
  step7: { zh: '7 评审结果', en: '7 Results' },
  step8: { zh: '8 导出给领导看板', en: '8 Export for the dashboard' },
  profile: { zh: '规则配置', en: 'Profile' },
  countyJson: { zh: '或载入本县规则 JSON', en: 'or load a county JSON' },
  year: { zh: '年度', en: 'Year' },
  start: { zh: '开始 / 更新设置表与名单表', en: 'Start / update set-up and roster' },
  applicantsCsv: { zh: '导入申报单位 CSV', en: 'Import applicants CSV' },
  poolCsv: { zh: '导入评审员（专家库）CSV', en: 'Import reviewers (expert pool) CSV' },
  deadline: { zh: '申报截止日期', en: 'Application deadline' },
  checkEligibility: { zh: '审查资格', en: 'Check eligibility' },
  eligible: { zh: '符合条件', en: 'eligible' },
  ineligible: { zh: '不符合条件', en: 'not eligible' },
  seed: { zh: '随机种子（公开，可复现）', en: 'Seed (published, repeatable)' },
  draw: { zh: '抽取并写入名单', en: 'Draw and write the roster' },
  stage: { zh: '评审阶段', en: 'Stage' },
  material: { zh: '资料评审', en: 'Material review' },
  site: { zh: '现场评审', en: 'Site review' },
  buildSheets: { zh: '生成评分表', en: 'Build score sheets' },
  recreate: { zh: '重新创建被删除的表', en: 'Recreate deleted sheets' },
  distribute: { zh: '分发评审员文件', en: 'Files for reviewers' },
  collect: { zh: '收回评审员文件', en: 'Read returned reviewer files' },
  confirmDifferences: { zh: '确认写入以上差异', en: 'Write these differences' },
  saveAs: { zh: '另存为…', en: 'Save as…' },
  filesHint: {
    zh: '每位评审员一个文件，只含本人的评分表与分配的申报单位。若下载被阻止：点“另存为…”，或将本工作簿另存为 .xlsx 后用命令行 scorebook distribute 生成。',
    en: 'One file per reviewer, holding only their score sheet and their applicants. If downloads are blocked: use "Save as…", or save this workbook as .xlsx and run scorebook distribute.',
  },
  check: { zh: '检查全部录入', en: 'Check all entries' },
  noProblems: { zh: '未发现问题', en: 'No problems found' },
  buildConsensus: { zh: '生成合议表', en: 'Build the consensus sheet' },
  flaggedFirst: { zh: '需讨论的条款（组长改分须填写理由）', en: 'Items to discuss (an override needs a reason)' },
  buildResults: { zh: '生成评审结果表', en: 'Build the results sheet' },
  export: { zh: '导出 CSV', en: 'Export CSVs' },
  download: { zh: '下载', en: 'Download' },
  copyHint: {
    zh: '若下载被阻止：CSV 内容已写入工作表，也可从下框全选复制，另存为 .csv（UTF-8）。',
    en: 'If the download is blocked: the CSV is also in a sheet, or copy it from the box below and save it as .csv (UTF-8).',
  },
  busy: { zh: '正在处理…', en: 'Working…' },
  notInOffice: { zh: '请在 Excel 中打开本加载项。', en: 'Open this add-in inside Excel.' },
  done: { zh: '完成', en: 'Done' },
  rows: { zh: '条', en: 'rows' },
  recusals: { zh: '回避', en: 'Recusals' },
  leader: { zh: '组长', en: 'leader' },
  group: { zh: '评审组', en: 'Group' },
  notDrawn: { zh: '不符合申报条件，未抽取评审组', en: 'Not eligible, no panel drawn' },
} as const;

export type StringKey = keyof typeof S;

export function t(key: StringKey, lang: Lang): string {
  return S[key][lang];
}
