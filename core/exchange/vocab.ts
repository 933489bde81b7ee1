import type { Text } from '../profiles/criteria';
import { normaliseHeader } from './table';

/** A closed set of codes, each with the Chinese label a person may type instead of the code. */
export type Vocab<V extends string> = Readonly<Record<V, Text>>;

export const OUTCOME_VOCAB = {
  candidate: { zh: '推荐候选', en: 'candidate' },
  tie: { zh: '并列待定', en: 'tie' },
  outside_quota: { zh: '超出名额', en: 'outside the quota' },
  below_material_cutoff: { zh: '未达资料评审分数线', en: 'below the material cut-off' },
  below_review_cutoff: { zh: '未达评审分数线', en: 'below the review cut-off' },
  below_composite_cutoff: { zh: '未达综合分数线', en: 'below the composite cut-off' },
  disqualified: { zh: '取消资格', en: 'disqualified' },
  ineligible: { zh: '不符合申报条件', en: 'ineligible' },
  withdrawn: { zh: '撤回申报', en: 'withdrawn' },
} as const satisfies Vocab<string>;
export type ExchangeOutcome = keyof typeof OUTCOME_VOCAB;

export const YES_NO_VOCAB = {
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
} as const satisfies Vocab<string>;
export type YesNo = keyof typeof YES_NO_VOCAB;

export const STAGE_VOCAB = {
  material: { zh: '资料评审', en: 'material review' },
  site: { zh: '现场评审', en: 'site review' },
} as const satisfies Vocab<string>;
export type ExchangeStage = keyof typeof STAGE_VOCAB;

export const OBLIGATION_VOCAB = {
  annual_report: { zh: '年度自评报告', en: 'annual report' },
  incident_report: { zh: '事故报告', en: 'incident report' },
  fund_inspection: { zh: '奖金使用检查', en: 'fund inspection' },
} as const satisfies Vocab<string>;
export type Obligation = keyof typeof OBLIGATION_VOCAB;

export const STATUS_VOCAB = {
  on_time: { zh: '按时', en: 'on time' },
  late: { zh: '逾期', en: 'late' },
  missing: { zh: '未交', en: 'missing' },
  passed: { zh: '合格', en: 'passed' },
  failed: { zh: '不合格', en: 'failed' },
} as const satisfies Vocab<string>;
export type ComplianceStatus = keyof typeof STATUS_VOCAB;

/**
 * The code for a cell: the code itself, its Chinese label, or its English label, compared after NFKC and
 * lower-casing (so "YES", "是 ", "On time" all read). Undefined when the cell is none of them.
 */
export function vocabCode<V extends string>(vocab: Vocab<V>, cell: string): V | undefined {
  let names = LOOKUP.get(vocab) as Map<string, V> | undefined;
  if (!names) {
    names = new Map();
    for (const code of Object.keys(vocab) as V[]) {
      names.set(code, code);
      names.set(normaliseHeader(vocab[code].zh), code);
      names.set(vocab[code].en.toLowerCase(), code);
    }
    LOOKUP.set(vocab, names);
  }
  // the exact code is nearly every cell of an exported file: found without normalising
  return names.get(cell) ?? names.get(normaliseHeader(cell));
}
const LOOKUP = new WeakMap<object, Map<string, string>>();

/** Codes with their Chinese labels, for a message listing what is accepted: "yes（是）, no（否）". */
export function vocabList(vocab: Vocab<string>): string {
  return Object.entries(vocab)
    .map(([k, t]) => `${k}（${t.zh}）`)
    .join(', ');
}
