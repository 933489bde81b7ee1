import { grown, internIndex } from '../columns';
import { Decimal } from '../decimal';
import { problem, type Problem } from '../i18n/problem';
import type { CategoryScoreRow, Located } from './contracts';
import { STAGE_VOCAB, type ExchangeStage } from './vocab';

const STAGES = Object.keys(STAGE_VOCAB) as ExchangeStage[];
const STAGE_INDEX = new Map(STAGES.map((s, i) => [s, i]));

/**
 * category_scores rows kept as columns. Ten years of a county's exports are half a million such rows: as objects
 * they cost more to make, keep and collect than to read; as columns they are a few typed arrays. Ids, categories,
 * files and point values are kept once each and referred to by index. Point values are kept by value: "60" and
 * "60.0" are one value (as the exchange writes them).
 */
export class CategoryScoreTable implements Iterable<Located<CategoryScoreRow>> {
  length = 0;
  readonly applicantIds: string[] = [];
  readonly categories: string[] = [];
  readonly values: Decimal[] = [];
  readonly files: string[] = [];
  year = new Int16Array(1024);
  applicant = new Int32Array(1024);
  stage = new Uint8Array(1024);
  category = new Uint16Array(1024);
  points = new Int32Array(1024);
  maxPoints = new Int32Array(1024);
  file = new Uint16Array(1024);
  row = new Int32Array(1024);
  private readonly applicantIndex = new Map<string, number>();
  private readonly categoryIndex = new Map<string, number>();
  private readonly valueByObject = new Map<Decimal, number>();
  private readonly valueByText = new Map<string, number>();
  private readonly fileIndex = new Map<string, number>();
  private readonly last: { applicantId?: string; applicant: number; fileName?: string; file: number; stageName?: string; stage: number } = { applicant: -1, file: -1, stage: -1 };

  /** A table of rows given as objects (a few rows typed by hand, or rows made by the add-in). */
  static of(rows: Iterable<CategoryScoreRow & { file?: string; row?: number }>): CategoryScoreTable {
    const t = new CategoryScoreTable();
    for (const r of rows) t.push(r.year, r.applicantId, r.stage, r.category, r.points, r.maxPoints, r.file ?? '', r.row ?? 0);
    return t;
  }

  push(year: number, applicantId: string, stage: ExchangeStage, category: string, points: Decimal, maxPoints: Decimal, file: string, row: number): void {
    // a file gives an applicant's rows one after another: the index of the row before is reused without a lookup
    if (applicantId !== this.last.applicantId) (this.last.applicantId = applicantId), (this.last.applicant = this.applicantOf(applicantId));
    if (file !== this.last.fileName) (this.last.fileName = file), (this.last.file = this.fileOf(file));
    if (stage !== this.last.stageName) (this.last.stageName = stage), (this.last.stage = STAGE_INDEX.get(stage) as number);
    this.pushIndices(year, this.last.applicant, this.last.stage, this.categoryOf(category), this.valueOf(points), this.valueOf(maxPoints), this.last.file, row);
  }

  /** A row given by the indices of this table's ids, categories, values and files. */
  pushIndices(year: number, applicant: number, stage: number, category: number, points: number, maxPoints: number, file: number, row: number): void {
    const n = this.length;
    if (n === this.year.length) this.grow(n * 2);
    this.year[n] = year;
    this.applicant[n] = applicant;
    this.stage[n] = stage;
    this.category[n] = category;
    this.points[n] = points;
    this.maxPoints[n] = maxPoints;
    this.file[n] = file;
    this.row[n] = row;
    this.length = n + 1;
  }

  applicantOf(id: string): number {
    return internIndex(this.applicantIndex, this.applicantIds, id);
  }

  categoryOf(category: string): number {
    return internIndex(this.categoryIndex, this.categories, category);
  }

  fileOf(file: string): number {
    return internIndex(this.fileIndex, this.files, file);
  }

  /** Index of a point value; equal values (by their text as written) share one index. */
  valueOf(d: Decimal): number {
    let i = this.valueByObject.get(d);
    if (i === undefined) {
      const text = d.toString();
      i = this.valueByText.get(text);
      if (i === undefined) {
        i = this.values.length;
        this.values.push(d);
        this.valueByText.set(text, i);
      }
      this.valueByObject.set(d, i);
    }
    return i;
  }

  stageOf(i: number): ExchangeStage {
    return STAGES[this.stage[i]!]!;
  }

  /** Row `i` as an object, with its file and row. */
  rowAt(i: number): Located<CategoryScoreRow> {
    return {
      year: this.year[i]!,
      applicantId: this.applicantIds[this.applicant[i]!]!,
      stage: this.stageOf(i),
      category: this.categories[this.category[i]!]!,
      points: this.values[this.points[i]!]!,
      maxPoints: this.values[this.maxPoints[i]!]!,
      file: this.files[this.file[i]!]!,
      row: this.row[i]!,
    };
  }

  *[Symbol.iterator](): Iterator<Located<CategoryScoreRow>> {
    for (let i = 0; i < this.length; i++) yield this.rowAt(i);
  }

  toArray(): Located<CategoryScoreRow>[] {
    return [...this];
  }

  private grow(capacity: number): void {
    this.year = grown(this.year, capacity);
    this.applicant = grown(this.applicant, capacity);
    this.stage = grown(this.stage, capacity);
    this.category = grown(this.category, capacity);
    this.points = grown(this.points, capacity);
    this.maxPoints = grown(this.maxPoints, capacity);
    this.file = grown(this.file, capacity);
    this.row = grown(this.row, capacity);
  }
}

/**
 * The category scores of several files as one table: a row repeated exactly (same year, applicant, stage and
 * category, same points) is counted once, with a notice; one that gives other points for the same fact keeps the
 * first one read and is a problem naming both places.
 */
export function mergeCategoryTables(tables: readonly CategoryScoreTable[], problems: Problem[], notices: Problem[]): CategoryScoreTable {
  const out = new CategoryScoreTable();
  // the rows kept so far of each applicant, as a chain through `next` (an applicant has a dozen rows or so a year)
  let head = new Int32Array(1024).fill(-1);
  let next = new Int32Array(1024);
  for (const t of tables) {
    // this table's ids, categories, values and file as the merged table's indices
    const applicant = Int32Array.from(t.applicantIds, (id) => out.applicantOf(id));
    const category = Int32Array.from(t.categories, (c) => out.categoryOf(c));
    const value = Int32Array.from(t.values, (v) => out.valueOf(v));
    const file = Int32Array.from(t.files, (f) => out.fileOf(f));
    if (head.length < out.applicantIds.length) {
      const b = new Int32Array(out.applicantIds.length * 2).fill(-1);
      b.set(head);
      head = b;
    }
    for (let i = 0; i < t.length; i++) {
      const a = applicant[t.applicant[i]!]!;
      const year = t.year[i]!;
      const stage = t.stage[i]!;
      const cat = category[t.category[i]!]!;
      const points = value[t.points[i]!]!;
      const maxPoints = value[t.maxPoints[i]!]!;
      let first = -1;
      for (let j = head[a]!; j >= 0; j = next[j]!) {
        if (out.year[j] === year && out.stage[j] === stage && out.category[j] === cat) {
          first = j;
          break;
        }
      }
      if (first < 0) {
        const k = out.length;
        out.pushIndices(year, a, stage, cat, points, maxPoints, file[t.file[i]!]!, t.row[i]!);
        if (k === next.length) next = grown(next, k * 2);
        next[k] = head[a]!;
        head[a] = k;
        continue;
      }
      const params = { key: `${year} ${out.applicantIds[a]} ${t.stageOf(i)} ${out.categories[cat]}`, firstFile: out.files[out.file[first]!]!, firstRow: out.row[first]! };
      const where = { file: t.files[t.file[i]!]!, row: t.row[i]! };
      if (out.points[first] === points && out.maxPoints[first] === maxPoints) notices.push(problem('EXCHANGE_DUPLICATE_ROW', params, where));
      else problems.push(problem('EXCHANGE_CONFLICTING_ROW', params, where));
    }
  }
  return out;
}
