import { Decimal } from '../decimal';
import type { CriteriaTree } from '../profiles/criteria';
import { CategoryScoreTable } from './category-table';
import type { ApplicationRow, CategoryScoreRow, ComplianceRow } from './contracts';
import type { ExchangeData } from './merge';
import type { ExchangeOutcome, ExchangeStage } from './vocab';

/** Every year any loaded file speaks of, ascending. */
export function yearsOf(data: ExchangeData): number[] {
  const s = new Set<number>();
  for (const r of data.applications) s.add(r.year);
  const cs = data.categoryScores;
  for (let i = 0; i < cs.length; i++) s.add(cs.year[i]!);
  for (const r of data.compliance) s.add(r.year);
  return [...s].sort((a, b) => a - b);
}

export interface YearSummary {
  year: number;
  applied: number;
  /** Went on to the site review. */
  passedMaterial: number;
  /** Reached the ranking score (Yunyang: the composite after the defense). */
  final: number;
  awarded: number;
  prize: Decimal;
}

// An outcome says how far an applicant got even where a hand-typed year leaves the later scores empty.
const PAST_MATERIAL: ReadonlySet<ExchangeOutcome> = new Set(['below_review_cutoff', 'below_composite_cutoff', 'candidate', 'tie', 'outside_quota']);
const IN_FINAL: ReadonlySet<ExchangeOutcome> = new Set(['below_composite_cutoff', 'candidate', 'tie', 'outside_quota']);

export const passedMaterial = (r: ApplicationRow): boolean => r.site !== null || PAST_MATERIAL.has(r.outcome);
export const reachedFinal = (r: ApplicationRow): boolean => r.score !== null || IN_FINAL.has(r.outcome);

/** Applicants, stage pass-through, awards and prize money per year (the funnel and the trend lines). */
export function yearSummaries(apps: readonly ApplicationRow[], years: readonly number[]): YearSummary[] {
  const by = new Map<number, YearSummary>();
  for (const y of years) by.set(y, { year: y, applied: 0, passedMaterial: 0, final: 0, awarded: 0, prize: new Decimal(0) });
  for (const r of apps) {
    let s = by.get(r.year);
    if (!s) by.set(r.year, (s = { year: r.year, applied: 0, passedMaterial: 0, final: 0, awarded: 0, prize: new Decimal(0) }));
    s.applied++;
    if (passedMaterial(r)) s.passedMaterial++;
    if (reachedFinal(r)) s.final++;
    if (r.awarded) s.awarded++;
    if (!r.prize.isZero()) s.prize = s.prize.plus(r.prize);
  }
  return [...by.values()].sort((a, b) => a.year - b.year);
}

export type DistributionStage = 'material' | 'score';

export interface Bin {
  from: number;
  to: number;
  count: number;
  /** The whole bin is at or above the cut-off (bins are aligned so that a cut-off starts a bin). */
  atOrAboveCutoff: boolean;
}

export interface Distribution {
  year: number;
  stage: DistributionStage;
  bins: Bin[];
  /** Applicants with a score at this stage. */
  reached: number;
  /** Of them, at or above the cut-off (inclusive, compared exactly). */
  above: number;
  cutoff: string | null;
  max: Decimal | null;
}

/**
 * Scores of one year in bins of `width` points from 0 to `scaleMax`, against a cut-off. The top score of the scale
 * falls in the last bin. Counting uses exact decimals: 499.99 is below a cut-off of 500.
 */
export function scoreDistribution(apps: readonly ApplicationRow[], year: number, stage: DistributionStage, width: number, scaleMax: number, cutoff: string | null): Distribution {
  const n = Math.ceil(scaleMax / width);
  const cut = cutoff === null ? null : new Decimal(cutoff);
  const bins: Bin[] = Array.from({ length: n }, (_, i) => ({
    from: i * width,
    to: Math.min((i + 1) * width, scaleMax),
    count: 0,
    atOrAboveCutoff: cut !== null && cut.lte(i * width),
  }));
  let reached = 0;
  let above = 0;
  let max: Decimal | null = null;
  for (const r of apps) {
    if (r.year !== year) continue;
    const v = r[stage];
    if (v === null) continue;
    reached++;
    if (cut !== null && v.gte(cut)) above++;
    if (max === null || v.gt(max)) max = v;
    const i = Math.min(n - 1, v.divToInt(width).toNumber());
    (bins[i] as Bin).count++;
  }
  return { year, stage, bins, reached, above, cutoff, max };
}

export interface CategoryMean {
  year: number;
  category: string;
  /** Applicant-category rows behind the mean. */
  n: number;
  /** Mean of points / max points over the rows, as a percentage with 1 decimal (half-up). */
  pct: Decimal;
}

/**
 * Mean percentage per category per year at one stage: each applicant's points over the category's points, averaged
 * (so categories of different sizes compare). Categories follow the criteria tree's order, then any others.
 */
export function categoryMeans(rows: CategoryScoreTable | readonly CategoryScoreRow[], stage: ExchangeStage, tree?: CriteriaTree): CategoryMean[] {
  const t = rows instanceof CategoryScoreTable ? rows : CategoryScoreTable.of(rows);
  // The rows of a (year, category) are counted by maximum and by points value, then summed and divided once per
  // maximum: the same mean of ratios as dividing row by row, since rows of one maximum share their denominator,
  // with a few dozen decimal operations instead of one per row. Values are indices of the table's values.
  const groups = new Map<number, { year: number; category: string; byMax: Map<number, Map<number, number>> }>();
  const zero = t.values.map((v) => v.isZero());
  for (let i = 0; i < t.length; i++) {
    if (t.stageOf(i) !== stage || zero[t.maxPoints[i]!]) continue;
    const key = t.year[i]! * 65536 + t.category[i]!;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { year: t.year[i]!, category: t.categories[t.category[i]!]!, byMax: new Map() }));
    let counts = g.byMax.get(t.maxPoints[i]!);
    if (!counts) g.byMax.set(t.maxPoints[i]!, (counts = new Map()));
    counts.set(t.points[i]!, (counts.get(t.points[i]!) ?? 0) + 1);
  }
  const acc: { year: number; category: string; n: number; sum: Decimal }[] = [];
  for (const g of groups.values()) {
    const a = { year: g.year, category: g.category, n: 0, sum: new Decimal(0) };
    for (const [max, counts] of g.byMax) {
      let points = new Decimal(0);
      for (const [v, n] of counts) {
        points = points.plus(t.values[v]!.times(n));
        a.n += n;
      }
      a.sum = a.sum.plus(points.div(t.values[max]!));
    }
    acc.push(a);
  }
  const order = (c: string) => {
    const i = tree ? tree.categories.findIndex((x) => x.clause === c) : -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return acc
    .map((a) => ({ year: a.year, category: a.category, n: a.n, pct: a.sum.div(a.n).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP) }))
    .sort((a, b) => a.year - b.year || order(a.category) - order(b.category) || a.category.localeCompare(b.category));
}

/** The category with the lowest mean percentage in a year (the first in order among equals). */
export function weakestCategory(means: readonly CategoryMean[], year: number): CategoryMean | undefined {
  let w: CategoryMean | undefined;
  for (const m of means) if (m.year === year && (w === undefined || m.pct.lt(w.pct))) w = m;
  return w;
}

export interface BreakdownRow {
  key: string;
  applied: number;
  awarded: number;
  /** Over every loaded year. */
  appliedAllYears: number;
  awardedAllYears: number;
}

/** Applicants and awards by industry or town, for one year and over all years; most applicants first. */
export function breakdown(apps: readonly ApplicationRow[], by: 'industry' | 'town', year: number): BreakdownRow[] {
  const m = new Map<string, BreakdownRow>();
  for (const r of apps) {
    const key = r[by];
    let b = m.get(key);
    if (!b) m.set(key, (b = { key, applied: 0, awarded: 0, appliedAllYears: 0, awardedAllYears: 0 }));
    b.appliedAllYears++;
    if (r.awarded) b.awardedAllYears++;
    if (r.year === year) {
      b.applied++;
      if (r.awarded) b.awarded++;
    }
  }
  return [...m.values()].sort((a, b) => b.applied - a.applied || b.appliedAllYears - a.appliedAllYears || a.key.localeCompare(b.key, 'zh'));
}

export interface ComplianceYear {
  year: number;
  reportsDue: number;
  onTime: number;
  late: number;
  missing: number;
  incidents: number;
  /** Incident reports made late or not at all. */
  incidentsLate: number;
  inspections: number;
  inspectionsFailed: number;
  /** Winners whose award was revoked in the year (counted once however many obligations say so). */
  revocations: number;
}

/** Winners' obligations per year: annual reports (Y18, Z29), incident reports (Y19), fund inspections (Z24), revocations (Y20, Z25). */
export function complianceByYear(rows: readonly ComplianceRow[], years: readonly number[]): ComplianceYear[] {
  const by = new Map<number, ComplianceYear & { revokedIds: Set<string> }>();
  const get = (y: number) => {
    let c = by.get(y);
    if (!c) by.set(y, (c = { year: y, reportsDue: 0, onTime: 0, late: 0, missing: 0, incidents: 0, incidentsLate: 0, inspections: 0, inspectionsFailed: 0, revocations: 0, revokedIds: new Set() }));
    return c;
  };
  for (const y of years) get(y);
  for (const r of rows) {
    const c = get(r.year);
    if (r.obligation === 'annual_report') {
      c.reportsDue++;
      if (r.status === 'on_time' || r.status === 'passed') c.onTime++;
      else if (r.status === 'late') c.late++;
      else c.missing++;
    } else if (r.obligation === 'incident_report') {
      c.incidents++;
      if (r.status === 'late' || r.status === 'missing' || r.status === 'failed') c.incidentsLate++;
    } else {
      c.inspections++;
      if (r.status === 'failed' || r.status === 'missing') c.inspectionsFailed++;
    }
    if (r.revoked) c.revokedIds.add(r.applicantId);
  }
  return [...by.values()]
    .map(({ revokedIds, ...c }) => ({ ...c, revocations: revokedIds.size }))
    .sort((a, b) => a.year - b.year);
}

/** Share of annual reports on time, in percent with 1 decimal; null when none was due. */
export function onTimeRate(c: ComplianceYear | undefined): Decimal | null {
  if (!c || c.reportsDue === 0) return null;
  return new Decimal(c.onTime).div(c.reportsDue).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
}

/** Yuan to 万元 (ten thousands), as the leadership reads money; up to 2 decimals, trailing zeros dropped. */
export function wan(yuan: Decimal): string {
  return yuan.div(10000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
}

export type Direction = 'up' | 'down' | 'same' | 'none';

export interface Kpi {
  id: 'applied' | 'awarded' | 'prize' | 'onTimeRate' | 'revocations';
  /** As shown: "38", "20", "92.5". */
  value: string | null;
  compareValue: string | null;
  /** Signed, as shown: "+3", "-1.5", "0". */
  delta: string | null;
  direction: Direction;
}

function kpi(id: Kpi['id'], v: Decimal | null, c: Decimal | null): Kpi {
  if (v === null) return { id, value: null, compareValue: c?.toString() ?? null, delta: null, direction: 'none' };
  if (c === null) return { id, value: v.toString(), compareValue: null, delta: null, direction: 'none' };
  const d = v.minus(c);
  return { id, value: v.toString(), compareValue: c.toString(), delta: (d.gt(0) ? '+' : '') + d.toString(), direction: d.isZero() ? 'same' : d.gt(0) ? 'up' : 'down' };
}

/** The KPI cards: a year's figures and their change against the compared year (none when no year is compared). */
export function kpis(summaries: readonly YearSummary[], compliance: readonly ComplianceYear[], year: number, compare: number | null): Kpi[] {
  const s = summaries.find((x) => x.year === year);
  const cs = compare === null ? undefined : summaries.find((x) => x.year === compare);
  const c = compliance.find((x) => x.year === year);
  const cc = compare === null ? undefined : compliance.find((x) => x.year === compare);
  const n = (x: number | undefined) => (x === undefined ? null : new Decimal(x));
  return [
    kpi('applied', n(s?.applied), n(cs?.applied)),
    kpi('awarded', n(s?.awarded), n(cs?.awarded)),
    kpi('prize', s ? new Decimal(wan(s.prize)) : null, cs ? new Decimal(wan(cs.prize)) : null),
    kpi('onTimeRate', onTimeRate(c), onTimeRate(cc)),
    kpi('revocations', n(c?.revocations), n(cc?.revocations)),
  ];
}
