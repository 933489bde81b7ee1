import type { Lang } from '../i18n/lang';
import { L } from './labels';
import type { Stage } from './plan';
import type { Reviewer } from './input';

/** Excel refuses []:*?/\ in sheet names and anything past 31 characters. */
export function safeSheetName(s: string): string {
  return s.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}

export function scoreSheetName(stage: Stage, r: Reviewer, lang: Lang): string {
  return safeSheetName(`${L.stageShort[stage][lang]}-${r.id}-${r.name}`);
}

export function consensusSheetName(stage: Stage, lang: Lang): string {
  return safeSheetName(lang === 'zh' ? `${L.stage[stage].zh}合议` : `${L.stage[stage].en} consensus`);
}
