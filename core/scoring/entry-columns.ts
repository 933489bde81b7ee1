import { grown, internIndex } from '../columns';
import type { Where } from '../i18n/problem';

/** Value code of an entry typed as empty ("not scored"). */
export const EMPTY_VALUE = -2;

/**
 * Entries kept as columns: one index per applicant, reviewer and item and one small number per value, instead of an
 * object per entry. A million-row entries file then costs a few typed arrays, not a million objects to allocate,
 * keep and collect. Ids are kept once each; items are indices into the profile's leaf items (tree order).
 */
export class EntryColumns {
  /** Distinct applicant ids in the order first seen. */
  readonly applicantIds: string[] = [];
  /** Distinct reviewer ids in the order first seen. */
  readonly reviewerIds: string[] = [];
  length = 0;
  applicant: Int32Array;
  reviewer: Int32Array;
  item: Uint16Array;
  /** Whole percentage, or EMPTY_VALUE. */
  value: Int16Array;
  /** 1-based file row of each entry, or 0 if unknown. */
  row: Int32Array;
  private readonly applicantIndex = new Map<string, number>();
  private readonly reviewerIndex = new Map<string, number>();
  private wheres: (Where | undefined)[] | null = null;

  /**
   * @param file the file the rows are from, for the location of a problem
   */
  constructor(readonly file?: string, capacity = 1024) {
    this.applicant = new Int32Array(capacity);
    this.reviewer = new Int32Array(capacity);
    this.item = new Uint16Array(capacity);
    this.value = new Int16Array(capacity);
    this.row = new Int32Array(capacity);
  }

  /** Index of an applicant id, added if new. */
  applicantOf(id: string): number {
    return internIndex(this.applicantIndex, this.applicantIds, id);
  }

  /** Index of a reviewer id, added if new. */
  reviewerOf(id: string): number {
    return internIndex(this.reviewerIndex, this.reviewerIds, id);
  }

  /** Index of a reviewer id if any entry has it. */
  findReviewer(id: string): number | undefined {
    return this.reviewerIndex.get(id);
  }

  /** Keep one entry; `value` is a whole percentage or EMPTY_VALUE, `where` overrides the file row as location. */
  push(applicant: number, reviewer: number, item: number, value: number, row: number, where?: Where): void {
    const n = this.length;
    if (n === this.applicant.length) this.grow(n * 2);
    this.applicant[n] = applicant;
    this.reviewer[n] = reviewer;
    this.item[n] = item;
    this.value[n] = value;
    this.row[n] = row;
    if (where !== undefined) (this.wheres ??= [])[n] = where;
    this.length = n + 1;
  }

  /** Where entry `i` came from, to name it in a problem. */
  where(i: number): Where | undefined {
    const w = this.wheres?.[i];
    if (w !== undefined) return w;
    const row = this.row[i]!;
    if (row === 0 && this.file === undefined) return undefined;
    const out: Where = {};
    if (this.file !== undefined) out.file = this.file;
    if (row !== 0) out.row = row;
    return out;
  }

  private grow(capacity: number): void {
    this.applicant = grown(this.applicant, capacity);
    this.reviewer = grown(this.reviewer, capacity);
    this.item = grown(this.item, capacity);
    this.value = grown(this.value, capacity);
    this.row = grown(this.row, capacity);
  }
}
