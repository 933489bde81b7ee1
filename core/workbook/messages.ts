import type { MessageCatalog } from '../i18n/problem';

/** Messages of the scoring workbook: reading a filled workbook back. */
export const WORKBOOK_MESSAGES: MessageCatalog = {
  WB_SHEET_MISSING: {
    zh: (p) => `找不到工作表“${p.sheet}”${p.others ? `（是否已改名？现有未知工作表：${p.others}）` : ''}`,
    en: (p) => `sheet "${p.sheet}" is missing${p.others ? ` (renamed? unknown sheets: ${p.others})` : ''}`,
  },
  WB_ANCHOR_MOVED: {
    zh: (p) => `此处应为“${p.expected}”，实为“${p.found}”：行或列被移动过，本表的评分未读取，请恢复原布局`,
    en: (p) => `expected "${p.expected}" here, found "${p.found}": a row or column was moved, so this sheet was not read; restore the layout`,
  },
  WB_ENTRY_MISSING: {
    zh: (p) => `${p.applicant} 条款 ${p.item} 尚未评分（评审员 ${p.reviewer}）`,
    en: (p) => `item ${p.item} of ${p.applicant} is not scored yet (reviewer ${p.reviewer})`,
  },
  WB_NOT_A_WORKBOOK: {
    zh: (p) => `不是评分工作簿：${p.detail}`,
    en: (p) => `not a scoring workbook: ${p.detail}`,
  },
  WB_PROFILE_MISMATCH: {
    zh: (p) => `工作簿按规则配置“${p.found}”生成，但命令指定了“${p.expected}”`,
    en: (p) => `the workbook was made for profile "${p.found}" but "${p.expected}" was given`,
  },
  WB_ROSTER_UNKNOWN: {
    zh: (p) => `“${p.value}”不在名单中`,
    en: (p) => `"${p.value}" is not in the roster`,
  },
  WB_DUPLICATE_ID: { zh: (p) => `编号“${p.value}”重复`, en: (p) => `id "${p.value}" appears twice` },
  WB_STAGE: { zh: (p) => `阶段“${p.value}”无效（应为 material 或 site，资料 / 现场）`, en: (p) => `stage "${p.value}" is invalid (material or site)` },
};
