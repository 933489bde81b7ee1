import { formatProblem, hasMessage, messageText } from '../core/i18n/catalog';
import type { Lang } from '../core/i18n/lang';
import { formatWhere, type MessageCatalog, type Problem } from '../core/i18n/problem';
import { WORKBOOK_MESSAGES } from '../core/workbook/messages';

/** The add-in's own messages (what it did to the workbook and why it refused); core's codes come from core. */
export const ADDIN_MESSAGES: MessageCatalog = {
  ADDIN_SHEET_GONE: {
    zh: (p) => `工作表“${p.sheet}”已被改名或删除，未重新创建（以免生成空表覆盖已录入内容）。请恢复原名，或在“重建”中选择“重新创建”。`,
    en: (p) => `sheet "${p.sheet}" was renamed or deleted and was not recreated empty; rename it back or choose "recreate".`,
  },
  ADDIN_BACKUP: {
    zh: (p) => `覆盖前已将“${p.sheet}”备份到隐藏工作表“${p.backup}”`,
    en: (p) => `"${p.sheet}" was backed up to the hidden sheet "${p.backup}" before it was rewritten`,
  },
  ADDIN_NO_PRINT: {
    zh: () => '此版本 Excel 不支持 ExcelApi 1.9（页面设置）：未设置打印纸张与缩放，请在“页面布局”中手动设置。',
    en: () => 'This Excel lacks ExcelApi 1.9 (page layout): paper and fit-to-page were not set; set them under Page Layout.',
  },
  ADDIN_NO_YEAR: {
    zh: () => '本工作簿尚未开始评审年度：请先在第 1 步选择规则配置与年度。',
    en: () => 'No award year in this workbook yet: start one in step 1.',
  },
  ADDIN_FLAGGED: {
    zh: (p) => `${p.applicant} 条款 ${p.item} 评分差异较大，需合议讨论`,
    en: (p) => `item ${p.item} of ${p.applicant} is flagged for discussion (scores far apart)`,
  },
  ADDIN_WROTE: {
    zh: (p) => `已写入 ${p.count} 张工作表：${p.sheets}`,
    en: (p) => `wrote ${p.count} sheet(s): ${p.sheets}`,
  },
  ADDIN_CSV_IMPORTED: {
    zh: (p) => `从 ${p.file} 导入 ${p.count} 条`,
    en: (p) => `imported ${p.count} row(s) from ${p.file}`,
  },
  ADDIN_NO_REVIEWER_FILES: {
    zh: (p) => `${p.stage === 'site' ? '现场评审' : '资料评审'}尚无评审员分工：请先在第 3 步抽取评审组。`,
    en: (p) => `No reviewer is assigned for the ${p.stage} stage yet: draw the panels in step 3 first.`,
  },
  ADDIN_FILES_READY: {
    zh: (p) => `已生成 ${p.count} 个评审员文件`,
    en: (p) => `${p.count} reviewer file(s) ready`,
  },
  ADDIN_COLLECTED: {
    zh: (p) => `收回 ${p.files} 个文件：收入 ${p.accepted} 个，待确认 ${p.held} 个，拒收 ${p.refused} 个`,
    en: (p) => `${p.files} file(s) read: ${p.accepted} accepted, ${p.held} awaiting confirmation, ${p.refused} refused`,
  },
  ADDIN_NOT_IN_EXCEL: {
    zh: () => '当前不在 Excel 中：任务窗格仅供查看。请在 Excel 中旁加载 manifest.xml 后使用（见 README）。',
    en: () => 'Not running inside Excel: the task pane is shown for a look only. Sideload manifest.xml into Excel to use it (see README).',
  },
  ADDIN_NEEDS_API: {
    zh: (p) => `此版本 Excel 不支持 ${p.set} ${p.version}，本加载项需要它。请使用 Excel 2019 及以上、Microsoft 365 或网页版 Excel。`,
    en: (p) => `This Excel lacks ${p.set} ${p.version}, which the add-in needs: use Excel 2019 or later, Microsoft 365 or Excel on the web.`,
  },
};

const LOCAL: MessageCatalog = { ...WORKBOOK_MESSAGES, ...ADDIN_MESSAGES };

/** A problem in the user's language: the add-in's and the workbook's codes here, the rest through core's catalog. */
export function describe(p: Problem, lang: Lang): string {
  const m = LOCAL[p.code];
  if (!m || hasMessage(p.code)) return formatProblem(p, lang);
  const where = formatWhere(p.where, lang);
  const text = m[lang](p.params ?? {});
  return where ? `${where}${lang === 'zh' ? '：' : ': '}${text}` : text;
}

export { messageText };
