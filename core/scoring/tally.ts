import { problem, type Problem, type Where } from '../i18n/problem';
import { leafItems } from '../profiles/criteria';
import type { Profile } from '../profiles/profile';
import { parseEntry } from './entry';
import { itemSpread, meanRoundedToStep } from './consensus';

/** One reviewer's percentage for one item of one applicant; null = not scored yet. */
export interface Entry {
  applicantId: string;
  reviewerId: string;
  item: string;
  value: number | null;
  where?: Where;
}

/** The group leader's consensus value for an item, replacing the default; a reason is required. */
export interface Override {
  applicantId: string;
  item: string;
  value: number;
  reason: string;
  where?: Where;
}

export interface ItemTally {
  item: string;
  /** Percentages by reviewer, in the order of `ApplicantTally.reviewers`; null where not scored. */
  values: (number | null)[];
  spread: number;
  bandGap: number;
  flagged: boolean;
  /** Default consensus (mean rounded to the step), null until every reviewer has scored the item. */
  defaultConsensus: number | null;
  override: Override | null;
  /** The value in force: the override, else the default. */
  consensus: number | null;
  /** Item points in hundredths of a point (points x percentage), null while the consensus is open. */
  hundredths: number | null;
}

export interface ApplicantTally {
  applicantId: string;
  reviewers: string[];
  items: ItemTally[];
  /** Category subtotals in hundredths, in tree order; null while any item of the category is open. */
  categories: { clause: string; hundredths: number | null }[];
  /** Each reviewer's own total in hundredths (independent review), null while they have items missing. */
  reviewerTotals: (number | null)[];
  /** The stage score in hundredths; null until every reviewer of the group has scored every item. */
  total: number | null;
  missing: { reviewerId: string; item: string }[];
  flagged: string[];
}

export interface StageTally {
  applicants: ApplicantTally[];
  problems: Problem[];
}

export interface TallyOptions {
  overrides?: readonly Override[];
  /**
   * The assigned group of each applicant. Without it, the group is every reviewer with at least one entry for the
   * applicant; with it, an assigned reviewer who entered nothing counts as missing and others' entries are refused.
   */
  groups?: ReadonlyMap<string, readonly string[]>;
}

/** Turn a group's independent entries into the consensus of every item and the stage score (Y16.3, CRITERIA.md). */
export function tallyStage(profile: Profile, entries: readonly Entry[], options: TallyOptions = {}): StageTally {
  const { overrides = [], groups } = options;
  const items = leafItems(profile.criteria);
  const itemIndex = new Map(items.map((it, i) => [it.clause, i]));
  const problems: Problem[] = [];
  const byApplicant = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!itemIndex.has(e.item)) {
      problems.push(problem('TALLY_UNKNOWN_ITEM', { item: e.item }, e.where));
      continue;
    }
    if (groups && !groups.get(e.applicantId)?.includes(e.reviewerId)) {
      problems.push(problem('TALLY_NOT_ASSIGNED', { applicant: e.applicantId, reviewer: e.reviewerId }, e.where));
      continue;
    }
    let list = byApplicant.get(e.applicantId);
    if (!list) byApplicant.set(e.applicantId, (list = []));
    list.push(e);
  }
  if (groups) for (const id of groups.keys()) if (!byApplicant.has(id)) byApplicant.set(id, []);
  const overridesBy = new Map<string, Override>();
  for (const o of overrides) {
    const key = `${o.applicantId}\u0000${o.item}`;
    if (!itemIndex.has(o.item)) problems.push(problem('TALLY_UNKNOWN_ITEM', { item: o.item }, o.where));
    else if (!byApplicant.has(o.applicantId)) problems.push(problem('TALLY_OVERRIDE_UNKNOWN_APPLICANT', { applicant: o.applicantId }, o.where));
    else if (o.reason.trim() === '') problems.push(problem('TALLY_OVERRIDE_NEEDS_REASON', { applicant: o.applicantId, item: o.item }, o.where));
    else if (parseEntry(o.value, profile.scoring.step).kind !== 'value') {
      problems.push(problem('TALLY_OVERRIDE_INVALID', { applicant: o.applicantId, item: o.item, value: o.value }, o.where));
    } else if (overridesBy.has(key)) problems.push(problem('TALLY_DUPLICATE_OVERRIDE', { applicant: o.applicantId, item: o.item }, o.where));
    else overridesBy.set(key, o);
  }

  const nItems = items.length;
  const applicants: ApplicantTally[] = [];
  for (const [applicantId, list] of byApplicant) {
    const reviewerIndex = new Map<string, number>((groups?.get(applicantId) ?? []).map((r, i) => [r, i]));
    for (const e of list) if (!reviewerIndex.has(e.reviewerId)) reviewerIndex.set(e.reviewerId, reviewerIndex.size);
    const reviewers = [...reviewerIndex.keys()];
    const nR = reviewers.length;
    // -1 = no entry yet, -2 = entered as empty
    const grid = new Int16Array(nItems * nR).fill(-1);
    for (const e of list) {
      const cell = (itemIndex.get(e.item) as number) * nR + (reviewerIndex.get(e.reviewerId) as number);
      if (grid[cell] !== -1) {
        problems.push(problem('TALLY_DUPLICATE_ENTRY', { applicant: applicantId, reviewer: e.reviewerId, item: e.item }, e.where));
        continue;
      }
      grid[cell] = e.value === null ? -2 : e.value;
    }
    const missing: { reviewerId: string; item: string }[] = [];
    const itemTallies: ItemTally[] = [];
    const reviewerTotals: (number | null)[] = new Array(nR).fill(0);
    const flagged: string[] = [];
    let total: number | null = 0;
    for (let i = 0; i < nItems; i++) {
      const it = items[i]!;
      const values: (number | null)[] = [];
      const scored: number[] = [];
      for (let r = 0; r < nR; r++) {
        const v = grid[i * nR + r]!;
        if (v < 0) {
          values.push(null);
          missing.push({ reviewerId: reviewers[r]!, item: it.clause });
          reviewerTotals[r] = null;
        } else {
          values.push(v);
          scored.push(v);
          const rt = reviewerTotals[r];
          if (rt !== null && rt !== undefined) reviewerTotals[r] = rt + it.points * v;
        }
      }
      const sp = itemSpread(profile, scored);
      if (sp.flagged) flagged.push(it.clause);
      const complete = scored.length === nR && nR > 0;
      const defaultConsensus = complete ? meanRoundedToStep(scored, profile.scoring.step) : null;
      const override = overridesBy.get(`${applicantId}\u0000${it.clause}`) ?? null;
      const consensus = override ? override.value : defaultConsensus;
      const hundredths = consensus === null ? null : it.points * consensus;
      if (hundredths === null) total = null;
      else if (total !== null) total += hundredths;
      itemTallies.push({ item: it.clause, values, ...sp, defaultConsensus, override, consensus, hundredths });
    }
    let k = 0;
    const categories = profile.criteria.categories.map((c) => {
      let sum: number | null = 0;
      for (let j = 0; j < c.items.length; j++) {
        const h = itemTallies[k++]!.hundredths;
        sum = h === null || sum === null ? null : sum + h;
      }
      return { clause: c.clause, hundredths: sum };
    });
    applicants.push({
      applicantId,
      reviewers,
      items: itemTallies,
      categories,
      reviewerTotals,
      total: missing.length ? null : total,
      missing,
      flagged,
    });
  }
  return { applicants, problems };
}
