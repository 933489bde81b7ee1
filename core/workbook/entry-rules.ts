import type { Lang } from '../i18n/lang';
import { bandPrompt } from './labels';
import type { CellPlan, CellValue, ValidationPlan } from './plan';

/** An unlocked entry cell carrying what was typed before, if anything. */
export function entryCell(value: CellValue | undefined, style: string, numFmt?: string): CellPlan {
  const c: CellPlan = { value: value ?? null, style, locked: false };
  if (numFmt) c.numFmt = numFmt;
  return c;
}

/** True for a non-blank cell that is not a whole percentage on the step. */
export function invalidPercentFormula(cell: string, step: number): string {
  return `IF(ISBLANK(${cell}),FALSE,IF(ISNUMBER(${cell}),OR(${cell}<0,${cell}>100,MOD(${cell},${step})<>0),TRUE))`;
}

export function percentValidation(range: string, step: number, floors: readonly number[], lang: Lang): ValidationPlan {
  const tl = range.split(':')[0]!;
  return {
    range,
    rule: { type: 'custom', formula: `AND(ISNUMBER(${tl}),${tl}>=0,${tl}<=100,MOD(${tl},${step})=0)` },
    prompt: { title: lang === 'zh' ? '得分率（%）' : 'Percent', message: bandPrompt(floors, step, lang) },
    error: {
      title: lang === 'zh' ? '无效评分' : 'Invalid score',
      message: lang === 'zh' ? `应为 0–100 之间 ${step} 的倍数` : `Must be 0-100 in steps of ${step}`,
    },
  };
}
