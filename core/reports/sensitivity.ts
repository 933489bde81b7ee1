import { Decimal } from '../decimal';
import type { Profile } from '../profiles/profile';
import { select, type Selection, type StageScores } from '../selection/select';

/** One reviewer's own stage total for one applicant (their independent review, before consensus). */
export interface ReviewerTotal {
  stage: 'material' | 'site';
  reviewerId: string;
  applicantId: string;
  total: Decimal;
}

export interface Scenario {
  id: 'official' | 'material_weight_minus_10' | 'material_weight_plus_10' | 'leniency_removed';
  /** Weights used, where the scenario changes them. */
  weights?: { material: string; site: string };
  candidates: string[];
  /** Applicants this scenario would have sent on to a stage they never had: their result there is unknown. */
  unknown: string[];
  added: string[];
  removed: string[];
  selection: Selection;
}

const chosen = (s: Selection) => s.rows.filter((r) => r.outcome === 'candidate' || r.outcome === 'tie').map((r) => r.applicantId).sort();

function scenario(id: Scenario['id'], selection: Selection, official: string[], weights?: Scenario['weights']): Scenario {
  const candidates = chosen(selection);
  const s: Scenario = {
    id,
    candidates,
    unknown: [],
    added: candidates.filter((c) => !official.includes(c)),
    removed: official.filter((c) => !candidates.includes(c)),
    selection,
  };
  if (weights) s.weights = weights;
  return s;
}

const mean = (xs: Decimal[]) => xs.reduce((a, b) => a.plus(b), new Decimal(0)).div(xs.length);
function sd(xs: Decimal[]): Decimal {
  const m = mean(xs);
  return xs.reduce((a, x) => a.plus(x.minus(m).pow(2)), new Decimal(0)).div(xs.length).sqrt();
}

/**
 * Each reviewer's totals rescaled to the pooled mean and spread of the stage (z-scores), so a lenient or a severe
 * reviewer weighs like the others. A reviewer with fewer than 2 applicants, or who gave all the same total, is left
 * as scored: there is nothing to standardise against.
 */
export function standardisedTotals(totals: readonly ReviewerTotal[]): Map<ReviewerTotal, Decimal> {
  const out = new Map<ReviewerTotal, Decimal>();
  for (const stage of ['material', 'site'] as const) {
    const inStage = totals.filter((t) => t.stage === stage);
    if (inStage.length === 0) continue;
    const all = inStage.map((t) => t.total);
    const M = mean(all);
    const S = sd(all);
    const byReviewer = new Map<string, ReviewerTotal[]>();
    for (const t of inStage) byReviewer.set(t.reviewerId, [...(byReviewer.get(t.reviewerId) ?? []), t]);
    for (const list of byReviewer.values()) {
      const xs = list.map((t) => t.total);
      const m = mean(xs);
      const s = sd(xs);
      for (const t of list) out.set(t, xs.length < 2 || s.isZero() ? t.total : M.plus(t.total.minus(m).times(S).div(s)));
    }
  }
  return out;
}

/**
 * Advice beside the official result (issue: decision memo), never a change to it: would the candidates change if the
 * stage weights moved by 10 points, or if each reviewer's leniency were taken out?
 */
export function sensitivity(profile: Profile, applicants: readonly StageScores[], reviewerTotals: readonly ReviewerTotal[] = []): Scenario[] {
  const officialSel = select(profile, applicants);
  const official = chosen(officialSel);
  const out: Scenario[] = [scenario('official', officialSel, official)];
  if (profile.weights) {
    const w = new Decimal(profile.weights.material);
    for (const [id, delta] of [['material_weight_minus_10', -0.1], ['material_weight_plus_10', 0.1]] as const) {
      const m = w.plus(delta);
      if (m.lt(0) || m.gt(1)) continue;
      const weights = { material: m.toString(), site: new Decimal(1).minus(m).toString() };
      const p: Profile = { ...profile, weights: { ...profile.weights, ...weights } };
      out.push(scenario(id, select(p, applicants), official, weights));
    }
  }
  if (reviewerTotals.length) {
    const std = standardisedTotals(reviewerTotals);
    const correction = (applicantId: string, stage: 'material' | 'site'): Decimal | null => {
      const mine = reviewerTotals.filter((t) => t.applicantId === applicantId && t.stage === stage);
      if (mine.length === 0) return null;
      return mean(mine.map((t) => std.get(t)!)).minus(mean(mine.map((t) => t.total)));
    };
    const adjust = (v: Decimal | null, c: Decimal | null) =>
      v === null || c === null ? v : Decimal.min(profile.criteria.total, Decimal.max(0, v.plus(c))).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const cut = profile.cutoffs.material;
    const unknown: string[] = [];
    const adjusted = applicants.map((a): StageScores => {
      const material = adjust(a.material, correction(a.applicantId, 'material'));
      if (cut && material && a.material) {
        // below the cut-off the applicant would have stopped; above it without a site review, nobody can say
        if (material.lt(cut.value) && a.material.gte(cut.value)) return { ...a, material, site: null, defense: null };
        if (material.gte(cut.value) && a.material.lt(cut.value)) {
          unknown.push(a.applicantId);
          return a;
        }
      }
      return { ...a, material, site: adjust(a.site, correction(a.applicantId, 'site')) };
    });
    const sc = scenario('leniency_removed', select(profile, adjusted), official);
    sc.unknown = unknown;
    out.push(sc);
  }
  return out;
}
