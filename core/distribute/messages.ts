import type { MessageCatalog } from '../i18n/problem';

/** Messages of sending reviewer files out and reading them back into the master workbook. */
export const DISTRIBUTE_MESSAGES: MessageCatalog = {
  DIST_NOT_XLSX: {
    zh: (p) => `无法作为 .xlsx 工作簿打开：${p.detail}`,
    en: (p) => `cannot be opened as an .xlsx workbook: ${p.detail}`,
  },
  DIST_NO_IDENTITY: {
    zh: () => '不是本系统发出的评审员文件（隐藏的身份表已被删除或不存在），拒收',
    en: () => 'not a reviewer file sent out by Scorebook (its hidden identity sheet is missing), refused',
  },
  DIST_IDENTITY_FIELD: {
    zh: (p) => `身份表中“${p.field}”缺失或无效：“${p.value}”，拒收`,
    en: (p) => `identity field "${p.field}" is missing or invalid: "${p.value}", refused`,
  },
  DIST_YEAR: {
    zh: (p) => `该文件属于 ${p.found} 年度，主工作簿为 ${p.expected} 年度，拒收`,
    en: (p) => `the file belongs to award year ${p.found}, the master is ${p.expected}, refused`,
  },
  DIST_PROFILE: {
    zh: (p) => `该文件按规则配置“${p.found}”生成，主工作簿为“${p.expected}”，拒收`,
    en: (p) => `the file was made for profile "${p.found}", the master uses "${p.expected}", refused`,
  },
  DIST_REVIEWER_UNKNOWN: {
    zh: (p) => `评审员“${p.reviewer}”不在主工作簿的名单中，拒收`,
    en: (p) => `reviewer "${p.reviewer}" is not on the master's roster, refused`,
  },
  DIST_NOT_ASSIGNED: {
    zh: (p) => `评审员 ${p.reviewer} 在${p.stage}中没有分配的申报单位，拒收`,
    en: (p) => `reviewer ${p.reviewer} has no applicants assigned in the ${p.stage}, refused`,
  },
  DIST_APPLICANT_NOT_ASSIGNED: {
    zh: (p) => `“${p.applicant}”不是分配给评审员 ${p.reviewer} 的申报单位，拒收`,
    en: (p) => `"${p.applicant}" is not an applicant assigned to reviewer ${p.reviewer}, refused`,
  },
  DIST_APPLICANT_MISSING: {
    zh: (p) => `分配给评审员 ${p.reviewer} 的申报单位 ${p.applicant} 不在表中（列被删除或移动？），拒收`,
    en: (p) => `applicant ${p.applicant} assigned to reviewer ${p.reviewer} is not on the sheet (column deleted or moved?), refused`,
  },
  DIST_LAYOUT_CHANGED: {
    zh: () => '文件的布局指纹与主工作簿当前为该评审员生成的布局不一致（名单或分工在发出后已变更？），请重新分发，拒收',
    en: () => "the file's layout fingerprint differs from the layout the master now makes for this reviewer (roster or assignments changed since it was sent?); send it out again; refused",
  },
  DIST_DUPLICATE_RETURN: {
    zh: (p) => `同一评审员同一阶段的文件本次收到多份（另见 ${p.other}），无法判断以哪份为准，均拒收`,
    en: (p) => `more than one file for the same reviewer and stage in this batch (see also ${p.other}); none is taken`,
  },
  DIST_FROZEN: {
    zh: (p) => `${p.stage}的独立评分已全部收齐并冻结，本文件与冻结值有 ${p.count} 处不同，拒收`,
    en: (p) => `the ${p.stage} independent scores are all in and frozen; this file differs from them in ${p.count} cell(s), refused`,
  },
  DIST_TEXT_NUMBER: {
    zh: (p) => `“${p.text}”以文本形式存放，已按数值 ${p.value} 收入`,
    en: (p) => `"${p.text}" was stored as text; taken as the number ${p.value}`,
  },
  DIST_DIFFERENCE: {
    zh: (p) => `${p.applicant} 条款 ${p.item}${p.kind === 'comment' ? ' 评语' : ''}：主工作簿“${p.master}”→ 文件“${p.file}”`,
    en: (p) => `${p.applicant} item ${p.item}${p.kind === 'comment' ? ' comment' : ''}: master "${p.master}" -> file "${p.file}"`,
  },
  DIST_AWAITING_CONFIRMATION: {
    zh: (p) => `评审员 ${p.reviewer} 的文件与主工作簿已有内容有 ${p.count} 处不同，确认后才写入（命令行加 --yes）`,
    en: (p) => `reviewer ${p.reviewer}'s file differs from what the master holds in ${p.count} cell(s); nothing is written until confirmed (--yes)`,
  },
  DIST_MASTER_NOT_MASTER: {
    zh: (p) => `不是主工作簿：${p.detail}`,
    en: (p) => `not a master workbook: ${p.detail}`,
  },
  DIST_MASTER_IS_REVIEWER_FILE: {
    zh: () => '这是评审员文件，不是主工作簿：请先给出主工作簿，再给出交回的文件',
    en: () => 'this is a reviewer file, not the master: give the master first, then the returned files',
  },
  DIST_MASTER_EXTRA_SHEET: {
    zh: () => '主工作簿中有本系统不认识的工作表，重写主工作簿会丢失它，请先移走',
    en: () => 'the master holds a sheet Scorebook does not know; rewriting the master would lose it, move it out first',
  },
  DIST_MASTER_PROFILE: {
    zh: (p) => `找不到主工作簿所用的规则配置“${p.value}”（县里自己的配置请用 --profile FILE.json）`,
    en: (p) => `the master's profile "${p.value}" is unknown (a county's own profile: --profile FILE.json)`,
  },
  DIST_FROZEN_EDITED: {
    zh: (p) => `冻结后主工作簿中的独立评分被改动：冻结值“${p.frozen}”，现为“${p.now}”（冻结表保持原值）`,
    en: (p) => `an independent score was changed in the master after freezing: frozen "${p.frozen}", now "${p.now}" (the frozen copy keeps the original)`,
  },
};
