import type { Profile } from '../profiles/profile';
import { Decimal } from '../decimal';
import { STAGE_VOCAB } from './vocab';
import { wan, weakestCategory, type BreakdownRow, type CategoryMean, type ComplianceYear, type Distribution, type YearSummary } from './trends';

/** A heading that states what a chart shows, as a message code of the exchange catalog (zh and en). */
export interface Finding {
  code: string;
  params: Record<string, string | number>;
}

function versus(year: number, compare: number | null, value: Decimal | number, compareValue: Decimal | number | undefined): Record<string, string | number> {
  if (compare === null || compareValue === undefined) return {};
  const d = typeof value === 'number' ? value - (compareValue as number) : value.minus(compareValue as Decimal);
  const n = typeof d === 'number' ? d : d.toNumber();
  const abs = typeof d === 'number' ? Math.abs(d) : d.abs().toString();
  return { compare, delta: Math.sign(n), deltaAbs: abs, year };
}

/** "2025 年获奖 2 家，较上年持平"; a year without winners is called vacant. */
export function awardedFinding(s: readonly YearSummary[], year: number, compare: number | null): Finding {
  const y = s.find((x) => x.year === year);
  if (!y) return { code: 'FINDING_NO_DATA', params: { year } };
  const c = compare === null ? undefined : s.find((x) => x.year === compare);
  const params = { year, value: y.awarded, ...versus(year, compare, y.awarded, c?.awarded) };
  return { code: y.awarded === 0 && y.applied > 0 ? 'FINDING_VACANT' : 'FINDING_AWARDED', params: y.awarded === 0 && c ? { ...params, delta: y.awarded - c.awarded } : params };
}

export function applicantsFinding(s: readonly YearSummary[], year: number, compare: number | null): Finding {
  const y = s.find((x) => x.year === year);
  if (!y) return { code: 'FINDING_NO_DATA', params: { year } };
  const c = compare === null ? undefined : s.find((x) => x.year === compare);
  return { code: 'FINDING_APPLICANTS', params: { year, value: y.applied, ...versus(year, compare, y.applied, c?.applied) } };
}

export function funnelFinding(s: readonly YearSummary[], year: number): Finding {
  const y = s.find((x) => x.year === year);
  if (!y) return { code: 'FINDING_NO_DATA', params: { year } };
  return { code: 'FINDING_FUNNEL', params: { year, applied: y.applied, passed: y.passedMaterial, final: y.final, awarded: y.awarded } };
}

export function prizeFinding(s: readonly YearSummary[], year: number, compare: number | null): Finding {
  const y = s.find((x) => x.year === year);
  if (!y) return { code: 'FINDING_NO_DATA', params: { year } };
  const c = compare === null ? undefined : s.find((x) => x.year === compare);
  const v = new Decimal(wan(y.prize));
  const params: Record<string, string | number> = { year, value: v.toString(), ...versus(year, compare, v, c ? new Decimal(wan(c.prize)) : undefined) };
  return { code: 'FINDING_PRIZE', params };
}

const STAGE_TEXT = {
  material: { zh: '资料评审', en: 'material-review' },
  score: { zh: '综合得分', en: 'ranking-score' },
};

export function distributionFinding(d: Distribution): Finding {
  const t = STAGE_TEXT[d.stage];
  if (d.reached === 0) return { code: 'FINDING_NO_DATA', params: { year: d.year } };
  if (d.cutoff === null) return { code: 'FINDING_DISTRIBUTION_NO_CUTOFF', params: { year: d.year, stageZh: t.zh, stageEn: t.en, reached: d.reached, max: d.max?.toString() ?? '' } };
  return { code: 'FINDING_DISTRIBUTION', params: { year: d.year, stageZh: t.zh, stageEn: t.en, reached: d.reached, above: d.above, cutoff: d.cutoff } };
}

export function weakestFinding(means: readonly CategoryMean[], year: number, stage: 'material' | 'site', profile: Profile): Finding {
  const w = weakestCategory(means, year);
  if (!w) return { code: 'FINDING_NO_DATA', params: { year } };
  const cat = profile.criteria.categories.find((c) => c.clause === w.category);
  return {
    code: 'FINDING_WEAKEST_CATEGORY',
    params: { year, stageZh: STAGE_VOCAB[stage].zh, stageEn: STAGE_VOCAB[stage].en, category: w.category, nameZh: cat?.name.zh ?? '', nameEn: cat?.name.en ?? '', pct: w.pct.toFixed(1) },
  };
}

export function breakdownFinding(rows: readonly BreakdownRow[], by: 'industry' | 'town', year: number): Finding {
  const top = rows[0];
  if (!top || top.applied === 0) return { code: 'FINDING_NO_DATA', params: { year } };
  return { code: by === 'industry' ? 'FINDING_INDUSTRY' : 'FINDING_TOWN', params: { year, key: top.key, value: top.applied } };
}

export function reportsFinding(c: readonly ComplianceYear[], year: number): Finding {
  const y = c.find((x) => x.year === year);
  if (!y || y.reportsDue === 0) return { code: 'FINDING_NO_DATA', params: { year } };
  return { code: 'FINDING_REPORTS', params: { year, due: y.reportsDue, onTime: y.onTime, late: y.late, missing: y.missing } };
}

export function revocationsFinding(c: readonly ComplianceYear[], year: number, compare: number | null): Finding {
  const y = c.find((x) => x.year === year);
  if (!y) return { code: 'FINDING_NO_DATA', params: { year } };
  const cc = compare === null ? undefined : c.find((x) => x.year === compare);
  return { code: 'FINDING_REVOCATIONS', params: { year, value: y.revocations, ...versus(year, compare, y.revocations, cc?.revocations) } };
}
