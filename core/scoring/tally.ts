import { problem, type Problem, type Where } from '../i18n/problem';
import { leafItems, type CriteriaItem } from '../profiles/criteria';
import type { Profile } from '../profiles/profile';
import { parseEntry } from './entry';
import { EMPTY_VALUE, EntryColumns } from './entry-columns';
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

/**
 * Entries as objects in columns: an entry for an item outside the profile's tree is a problem, not a column.
 */
function toColumns(entries: readonly Entry[], itemIndex: ReadonlyMap<string, number>, problems: Problem[]): EntryColumns {
  const cols = new EntryColumns(undefined, Math.max(16, entries.length));
  for (const e of entries) {
    const item = itemIndex.get(e.item);
    if (item === undefined) {
      problems.push(problem('TALLY_UNKNOWN_ITEM', { item: e.item }, e.where));
      continue;
    }
    cols.push(cols.applicantOf(e.applicantId), cols.reviewerOf(e.reviewerId), item, e.value === null ? EMPTY_VALUE : e.value, 0, e.where);
  }
  return cols;
}

/**
 * Turn a group's independent entries into the consensus of every item and the stage score (Y16.3, CRITERIA.md).
 * Entries come as objects, or as columns (EntryColumns) when there are a great many of them.
 */
export function tallyStage(profile: Profile, entries: readonly Entry[] | EntryColumns, options: TallyOptions = {}): StageTally {
  const { overrides = [], groups } = options;
  const items = leafItems(profile.criteria);
  const itemIndex = new Map(items.map((it, i) => [it.clause, i]));
  const problems: Problem[] = [];
  const cols = entries instanceof EntryColumns ? entries : toColumns(entries, itemIndex, problems);
  const n = cols.length;
  const { applicantIds, reviewerIds } = cols;
  const nItems = items.length;
  for (let e = 0; e < n; e++) {
    if (cols.item[e]! >= nItems) throw new RangeError(`entry ${e}: item index ${cols.item[e]} outside the profile's ${nItems} items`);
  }

  // applicants in the order of their first accepted entry, then assigned applicants without entries;
  // the accepted entries of each applicant together, in the order given (a counting sort by applicant)
  const count = new Int32Array(applicantIds.length);
  const order: number[] = [];
  const accepted = new Uint8Array(n);
  for (let e = 0; e < n; e++) {
    const a = cols.applicant[e]!;
    if (groups && !groups.get(applicantIds[a]!)?.includes(reviewerIds[cols.reviewer[e]!]!)) {
      problems.push(problem('TALLY_NOT_ASSIGNED', { applicant: applicantIds[a]!, reviewer: reviewerIds[cols.reviewer[e]!]! }, cols.where(e)));
      continue;
    }
    accepted[e] = 1;
    if (count[a] === 0) order.push(a);
    count[a]! += 1;
  }
  const start = new Int32Array(applicantIds.length + 1);
  for (let a = 0; a < applicantIds.length; a++) start[a + 1] = start[a]! + count[a]!;
  const next = start.slice(0, applicantIds.length);
  const byApplicant = new Int32Array(start[applicantIds.length]!);
  for (let e = 0; e < n; e++) if (accepted[e]) byApplicant[next[cols.applicant[e]!]!++] = e;
  const included = new Set(order.map((a) => applicantIds[a]!));
  const groupOnly: string[] = [];
  if (groups) for (const id of groups.keys()) if (!included.has(id)) (included.add(id), groupOnly.push(id));

  const overridesBy = new Map<string, Override>();
  for (const o of overrides) {
    const key = `${o.applicantId}\u0000${o.item}`;
    if (!itemIndex.has(o.item)) problems.push(problem('TALLY_UNKNOWN_ITEM', { item: o.item }, o.where));
    else if (!included.has(o.applicantId)) problems.push(problem('TALLY_OVERRIDE_UNKNOWN_APPLICANT', { applicant: o.applicantId }, o.where));
    else if (o.reason.trim() === '') problems.push(problem('TALLY_OVERRIDE_NEEDS_REASON', { applicant: o.applicantId, item: o.item }, o.where));
    else if (parseEntry(o.value, profile.scoring.step).kind !== 'value') {
      problems.push(problem('TALLY_OVERRIDE_INVALID', { applicant: o.applicantId, item: o.item, value: o.value }, o.where));
    } else if (overridesBy.has(key)) problems.push(problem('TALLY_DUPLICATE_OVERRIDE', { applicant: o.applicantId, item: o.item }, o.where));
    else overridesBy.set(key, o);
  }

  // local reviewer index of each reviewer of the applicant at hand, -1 for the others
  const localOf = new Int32Array(reviewerIds.length).fill(-1);
  const applicants: ApplicantTally[] = [];
  const tallyOne = (applicantId: string, from: number, to: number) => {
    const reviewers: string[] = [...(groups?.get(applicantId) ?? [])];
    const touched: number[] = [];
    for (let g = 0; g < reviewers.length; g++) {
      const r = cols.findReviewer(reviewers[g]!);
      if (r !== undefined && localOf[r] === -1) (localOf[r] = g), touched.push(r);
    }
    for (let k = from; k < to; k++) {
      const r = cols.reviewer[byApplicant[k]!]!;
      if (localOf[r] === -1) (localOf[r] = reviewers.length), touched.push(r), reviewers.push(reviewerIds[r]!);
    }
    const nR = reviewers.length;
    // -1 = no entry yet, EMPTY_VALUE = entered as empty
    const grid = new Int16Array(nItems * nR).fill(-1);
    for (let k = from; k < to; k++) {
      const e = byApplicant[k]!;
      const cell = cols.item[e]! * nR + localOf[cols.reviewer[e]!]!;
      if (grid[cell] !== -1) {
        problems.push(problem('TALLY_DUPLICATE_ENTRY', { applicant: applicantId, reviewer: reviewerIds[cols.reviewer[e]!]!, item: items[cols.item[e]!]!.clause }, cols.where(e)));
        continue;
      }
      grid[cell] = cols.value[e]!;
    }
    for (const r of touched) localOf[r] = -1;
    applicants.push(tallyApplicant(profile, items, applicantId, reviewers, grid, overridesBy));
  };
  for (const a of order) tallyOne(applicantIds[a]!, start[a]!, start[a + 1]!);
  for (const id of groupOnly) tallyOne(id, 0, 0);
  return { applicants, problems };
}

/** One applicant's items, categories and totals from its grid of percentages (item x reviewer; < 0 = not scored). */
function tallyApplicant(
  profile: Profile,
  items: readonly CriteriaItem[],
  applicantId: string,
  reviewers: string[],
  grid: Int16Array,
  overridesBy: ReadonlyMap<string, Override>,
): ApplicantTally {
  const nR = reviewers.length;
  const nItems = items.length;
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
    const override = overridesBy.size ? (overridesBy.get(`${applicantId}\u0000${it.clause}`) ?? null) : null;
    const consensus = override ? override.value : defaultConsensus;
    const hundredths = consensus === null ? null : it.points * consensus;
    if (hundredths === null) total = null;
    else if (total !== null) total += hundredths;
    itemTallies.push({ item: it.clause, values, spread: sp.spread, bandGap: sp.bandGap, flagged: sp.flagged, defaultConsensus, override, consensus, hundredths });
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
  return {
    applicantId,
    reviewers,
    items: itemTallies,
    categories,
    reviewerTotals,
    total: missing.length ? null : total,
    missing,
    flagged,
  };
}
