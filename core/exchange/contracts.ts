import type { Decimal } from '../decimal';
import { columnLetter, problem, type Problem } from '../i18n/problem';
import { toCsv, type CsvCell } from './csv-write';
import {
  codeField,
  dateField,
  decimalField,
  idField,
  moneyField,
  optionalYearField,
  rankField,
  requiredDecimalField,
  textField,
  vocabField,
  yearField,
  yesNoField,
  type Field,
} from './fields';
import { readTable, type ColumnSpec } from './table';
import {
  OBLIGATION_VOCAB,
  OUTCOME_VOCAB,
  STAGE_VOCAB,
  STATUS_VOCAB,
  YES_NO_VOCAB,
  type ComplianceStatus,
  type ExchangeOutcome,
  type ExchangeStage,
  type Obligation,
} from './vocab';

/** applications.csv: one row per applicant per year (EXCHANGE.md). */
export interface ApplicationRow {
  year: number;
  applicantId: string;
  name: string;
  industry: string;
  town: string;
  material: Decimal | null;
  site: Decimal | null;
  defense: Decimal | null;
  score: Decimal | null;
  rank: number | null;
  outcome: ExchangeOutcome;
  awarded: boolean;
  prize: Decimal;
}

/** category_scores.csv: one row per applicant, stage and category. */
export interface CategoryScoreRow {
  year: number;
  applicantId: string;
  stage: ExchangeStage;
  category: string;
  points: Decimal;
  maxPoints: Decimal;
}

/** compliance.csv: one row per obligation of a winner. */
export interface ComplianceRow {
  year: number;
  applicantId: string;
  name: string;
  awardYear: number | null;
  obligation: Obligation;
  due: string | null;
  done: string | null;
  status: ComplianceStatus;
  revoked: boolean;
}

export type ExchangeKind = 'applications' | 'category_scores' | 'compliance';

export interface RowTypes {
  applications: ApplicationRow;
  category_scores: CategoryScoreRow;
  compliance: ComplianceRow;
}

/** Columns in file order, each tied to the row property it fills. */
export type Fields<R> = { readonly [P in keyof R]-?: Field<R[P]> };

export interface Contract<K extends ExchangeKind> {
  kind: K;
  fileName: string;
  title: { zh: string; en: string };
  fields: Fields<RowTypes[K]>;
}

export const APPLICATIONS: Contract<'applications'> = {
  kind: 'applications',
  fileName: 'applications.csv',
  title: { zh: '申报与评审结果', en: 'applications' },
  fields: {
    year: yearField('year', '年度'),
    applicantId: idField('applicant_id', '统一社会信用代码'),
    name: textField('name', '单位名称'),
    industry: textField('industry', '行业'),
    town: textField('town', '乡镇街道'),
    material: decimalField('material', '资料评审得分'),
    site: decimalField('site', '现场评审得分'),
    defense: decimalField('defense', '答辩得分'),
    score: decimalField('score', '综合得分'),
    rank: rankField('rank', '排名'),
    outcome: vocabField('outcome', '结果', OUTCOME_VOCAB),
    awarded: yesNoField('awarded', '是否获奖', true, YES_NO_VOCAB),
    prize: moneyField('prize', '奖金（元）'),
  },
};

export const CATEGORY_SCORES: Contract<'category_scores'> = {
  kind: 'category_scores',
  fileName: 'category_scores.csv',
  title: { zh: '类目得分', en: 'category scores' },
  fields: {
    year: yearField('year', '年度'),
    applicantId: idField('applicant_id', '统一社会信用代码'),
    stage: vocabField('stage', '评审阶段', STAGE_VOCAB),
    category: codeField('category', '类目'),
    points: requiredDecimalField('points', '得分'),
    maxPoints: requiredDecimalField('max_points', '满分'),
  },
};

export const COMPLIANCE: Contract<'compliance'> = {
  kind: 'compliance',
  fileName: 'compliance.csv',
  title: { zh: '获奖单位履约', en: 'compliance' },
  fields: {
    year: yearField('year', '年度'),
    applicantId: idField('applicant_id', '统一社会信用代码'),
    name: textField('name', '单位名称'),
    awardYear: optionalYearField('award_year', '获奖年度'),
    obligation: vocabField('obligation', '义务', OBLIGATION_VOCAB),
    due: dateField('due', '截止日期', false),
    done: dateField('done', '完成日期', false),
    status: vocabField('status', '状态', STATUS_VOCAB),
    revoked: yesNoField('revoked', '是否撤销', false, YES_NO_VOCAB),
  },
};

export const CONTRACTS: { [K in ExchangeKind]: Contract<K> } = {
  applications: APPLICATIONS,
  category_scores: CATEGORY_SCORES,
  compliance: COMPLIANCE,
};

export const EXCHANGE_KINDS: readonly ExchangeKind[] = ['applications', 'category_scores', 'compliance'];

function entries<K extends ExchangeKind>(c: Contract<K>): [keyof RowTypes[K], Field<unknown>][] {
  return Object.entries(c.fields) as [keyof RowTypes[K], Field<unknown>][];
}

/** Column specs for readTable: the code and the Chinese label both name a column. */
export function columnSpecs<K extends ExchangeKind>(c: Contract<K>): ColumnSpec[] {
  return entries(c).map(([, f]) => ({ key: f.key, labels: [f.zh], required: f.required }));
}

/**
 * CSV text of rows for the add-in's export: UTF-8 with a BOM so Excel opens it as UTF-8, the English codes as
 * header (or the Chinese labels for a file meant to be read by people), formula-like text neutralised.
 */
export function writeExchange<K extends ExchangeKind>(
  c: Contract<K>,
  rows: readonly RowTypes[K][],
  opts: { header?: 'codes' | 'chinese' } = {},
): string {
  const cols = entries(c);
  const header = cols.map(([, f]) => (opts.header === 'chinese' ? f.zh : f.key));
  const body = rows.map((r) => cols.map(([p, f]) => f.write(r[p]) as CsvCell));
  return toCsv(header, body, { bom: true });
}

/** A row as read, with where it came from (to name it in a merge conflict). */
export type Located<R> = R & { file: string; row: number };

export interface ReadResult<K extends ExchangeKind> {
  kind: K;
  file: string;
  rows: Located<RowTypes[K]>[];
  /** Rows that could not be used, and columns that are missing: the file may still give other rows. */
  problems: Problem[];
  /** Unknown columns, ignored. */
  notices: Problem[];
  /** A required column is missing: nothing of this file is used. */
  unusable: boolean;
}

/**
 * Typed rows of a grid of cells (from any CSV parser that keeps every cell as text). Each bad cell is a problem
 * naming file, row, column and field; its row is left out and the rest of the file is still used.
 */
export function readExchange<K extends ExchangeKind>(c: Contract<K>, grid: readonly (readonly string[])[], file: string): ReadResult<K> {
  const headerAt = grid.findIndex((r) => r.some((x) => x.trim() !== ''));
  // readTable maps the header (labels, full-width forms, unknown and missing columns); fed the header and a row of
  // column numbers, it also says where each column is, so the data rows are then read straight from the grid
  // without building an intermediate record for each of perhaps a million rows.
  const header = headerAt < 0 ? [] : (grid[headerAt] as readonly string[]);
  const table = readTable(headerAt < 0 ? [] : [header, header.map((_, i) => String(i))], columnSpecs(c), file);
  const problems = table.problems.map((p) => (p.where?.row !== undefined ? { ...p, where: { ...p.where, row: p.where.row + headerAt } } : p));
  const notices = table.notices.map((p) => (p.where?.row !== undefined ? { ...p, where: { ...p.where, row: p.where.row + headerAt } } : p));
  const rows: Located<RowTypes[K]>[] = [];
  const unusable = problems.some((p) => p.code === 'TABLE_MISSING_COLUMN' || p.code === 'TABLE_EMPTY');
  if (!unusable) {
    const at = table.records[0]?.values ?? {};
    const cols = entries(c).map(([prop, f]) => {
      const i = at[f.key];
      return { prop: prop as string, f, index: i === undefined ? -1 : Number(i), letter: i === undefined ? undefined : columnLetter(Number(i)) };
    });
    for (let r = headerAt + 1; r < grid.length; r++) {
      const cells = grid[r] as readonly string[];
      if (cells.every((x) => x.trim() === '')) continue;
      const out: Record<string, unknown> = { file, row: r + 1 };
      let good = true;
      for (const col of cols) {
        const res = col.f.parse(col.index < 0 ? '' : (cells[col.index] ?? ''));
        if (res.ok) out[col.prop] = res.value;
        else {
          good = false;
          problems.push(problem(res.code, res.params, { file, row: r + 1, ...(col.letter ? { column: col.letter } : {}), field: col.f.key }));
        }
      }
      if (good) rows.push(out as unknown as Located<RowTypes[K]>);
    }
  }
  return { kind: c.kind, file, rows, problems, notices, unusable };
}

// Columns every contract shares say nothing about which file this is.
const SHARED = new Set(['year', 'applicant_id', 'name']);

/**
 * Which contract a grid's header belongs to: the one whose required columns are all present, preferring the one
 * that names most of the header; failing that, the one that names most of its own columns (so a file missing one
 * column is read as what it is and told which column is missing). Undefined when nothing fits.
 */
export function detectKind(grid: readonly (readonly string[])[]): ExchangeKind | undefined {
  const headerAt = grid.findIndex((r) => r.some((x) => x.trim() !== ''));
  if (headerAt < 0) return undefined;
  const head = grid.slice(headerAt, headerAt + 1);
  let full: { kind: ExchangeKind; score: number } | undefined;
  let partial: { kind: ExchangeKind; score: number } | undefined;
  for (const kind of EXCHANGE_KINDS) {
    const t = readTable(head, columnSpecs(CONTRACTS[kind]));
    const own = [...t.present].filter((k) => !SHARED.has(k)).length;
    if (t.problems.length === 0) {
      if (!full || t.present.size > full.score) full = { kind, score: t.present.size };
    } else if (own > 0 && (!partial || own > partial.score)) partial = { kind, score: own };
  }
  return full?.kind ?? partial?.kind;
}

/** Read a grid as whichever contract its header matches; a grid that matches none is reported and gives nothing. */
export function readAnyExchange(grid: readonly (readonly string[])[], file: string): ReadResult<ExchangeKind> | { kind: undefined; file: string; problems: Problem[] } {
  const kind = detectKind(grid);
  if (kind === undefined) {
    const header = grid.find((r) => r.some((x) => x.trim() !== ''));
    return {
      kind: undefined,
      file,
      problems: [
        header
          ? problem('EXCHANGE_UNKNOWN_KIND', { header: header.map((h) => h.replace(/^\uFEFF/, '').trim()).filter(Boolean).slice(0, 6).join(', ') }, { file, row: grid.indexOf(header) + 1 })
          : problem('TABLE_EMPTY', undefined, { file }),
      ],
    };
  }
  return readExchange(CONTRACTS[kind] as unknown as Contract<ExchangeKind>, grid, file);
}
