import type { Lang } from '../i18n/lang';
import { applicantsOf, type Reviewer, type Typed, type WorkbookInput } from '../workbook/input';
import { bandGuide, L, tx } from '../workbook/labels';
import { safeSheetName } from '../workbook/names';
import { emptySheet, setCell, type SheetPlan, type Stage, type WorkbookPlan } from '../workbook/plan';
import { scoreSheet } from '../workbook/score-sheet';
import { STYLES } from '../workbook/styles';
import { fingerprint, plannedLayout } from './fingerprint';
import { identitySheet, type Identity } from './identity';

/** The sheets whose entries are read back: only the reviewer's own score sheet for the stage. */
export function readSheets(input: WorkbookInput, stage: Stage, reviewer: Reviewer, typed: Typed = {}): SheetPlan[] {
  const mine = applicantsOf(input, stage, reviewer.id);
  if (!mine.length) return [];
  return [scoreSheet(input.profile, input.year, input.lang, stage, reviewer, mine, typed)];
}

export function expectedIdentity(input: WorkbookInput, stage: Stage, reviewer: Reviewer): Identity {
  const id = { year: input.year, profileId: input.profile.id, reviewerId: reviewer.id, stage };
  return { ...id, fingerprint: fingerprint(id, plannedLayout(readSheets(input, stage, reviewer))) };
}

/**
 * The instructions and band guide a reviewer works with, and nothing about anyone else: no roster, no other
 * reviewer, no applicant outside their own list (Z26, YR6.7).
 */
function guideSheet(input: WorkbookInput, stage: Stage, reviewer: Reviewer): SheetPlan {
  const { profile: p, lang } = input;
  const zh = lang === 'zh';
  const s = emptySheet('guide', 'setup', guideSheetName(lang));
  s.cells.A1 = { value: zh ? `${input.year}年度 ${tx(L.stage[stage], lang)} — 评审员文件` : `${input.year} ${tx(L.stage[stage], lang)} — reviewer file`, style: 'title' };
  const rows: [string, string | number][] = [
    [zh ? '评审员' : 'Reviewer', `${reviewer.name}（${reviewer.id}）`],
    [zh ? '年度' : 'Year', input.year],
    [zh ? '阶段' : 'Stage', tx(L.stage[stage], lang)],
    [zh ? '规则配置' : 'Profile', `${tx(p.name, lang)}（${p.id}）`],
    [zh ? '评价准则' : 'Criteria', tx(p.criteria.name, lang)],
    [zh ? '评分步长（%）' : 'Step (%)', p.scoring.step],
  ];
  rows.forEach(([k, v], i) => {
    setCell(s, 3 + i, 1, { value: k, style: 'text' });
    setCell(s, 3 + i, 2, { value: v, style: 'text' });
  });
  let r = 3 + rows.length + 1;
  const notes = zh
    ? [
        '只在白色单元格内填写得分率（0–100，步长的倍数）和评语；请勿改工作表名、插入或删除行列。',
        '本文件只含分配给您的申报单位。填好后交回秘书处，并删除自己留存的全部副本（Z26、YR6.7：评审员须保守申报单位的商业和技术秘密，不得保留资料）。',
      ]
    : [
        'Enter percentages (0-100, on the step) and comments in the white cells only; do not rename sheets or insert or delete rows and columns.',
        'This file holds only the applicants assigned to you. Return it to the secretariat and delete every copy you kept (Z26, YR6.7: reviewers keep applicants’ secrets and keep no copies).',
      ];
  for (const n of notes) setCell(s, r++, 1, { value: n, style: 'wrap' });
  r++;
  for (const kind of ['process', 'results'] as const) {
    setCell(s, r++, 1, { value: `${tx(L.guide, lang)} — ${tx(kind === 'process' ? L.process : L.resultsKind, lang)}`, style: 'header' });
    for (const line of bandGuide(kind, p.scoring.bandFloors, p.scoring.step, lang).split('\n')) setCell(s, r++, 1, { value: line, style: 'text' });
    r++;
  }
  Object.assign(s.columnWidths, { 1: 24, 2: 60 });
  s.print = { paper: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 };
  return s;
}

export function guideSheetName(lang: Lang): string {
  return safeSheetName(lang === 'zh' ? '说明' : 'Guide');
}

/** One reviewer's file for one stage: guide, their score sheet (with what the master already holds of theirs), identity. */
export function reviewerPlan(input: WorkbookInput, stage: Stage, reviewer: Reviewer, typed: Typed): WorkbookPlan {
  const own: Typed = {};
  const prefix = new Set([`score|${stage}|${reviewer.id}|`, `comment|${stage}|${reviewer.id}|`]);
  for (const [k, v] of Object.entries(typed)) if ([...prefix].some((x) => k.startsWith(x))) own[k] = v;
  return {
    styles: STYLES,
    sheets: [guideSheet(input, stage, reviewer), ...readSheets(input, stage, reviewer, own), identitySheet(expectedIdentity(input, stage, reviewer))],
  };
}
