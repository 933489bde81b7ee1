import type { Decimal } from '../decimal';
import { columnLetter, problem, type Problem } from '../i18n/problem';
import { CategoryScoreTable } from './category-table';
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
  type Parsed,
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

/** The rows of a file: objects, or for category scores (half a million rows in ten years) a table of columns. */
export type RowsOf<K extends ExchangeKind> = K extends 'category_scores' ? CategoryScoreTable : Located<RowTypes[K]>[];

export interface ReadResult<K extends ExchangeKind> {
  kind: K;
  file: string;
  rows: RowsOf<K>;
  /** Rows that could not be used, and columns that are missing: the file may still give other rows. */
  problems: Problem[];
  /** Unknown columns, ignored. */
  notices: Problem[];
  /** A required column is missing: nothing of this file is used. */
  unusable: boolean;
}

export type AnyReadResult = ReadResult<ExchangeKind> | { kind: undefined; file: string; problems: Problem[] };

/** Rows of a file fed one at a time (as a parser gives them), so that no grid of a million cells is kept. */
export interface ExchangeReader {
  /** The next row's cells; rows are counted as a spreadsheet shows them (the first is row 1). */
  push(cells: readonly string[]): void;
  finish(): AnyReadResult;
}

const isBlank = (cells: readonly string[]): boolean => {
  for (let i = 0; i < cells.length; i++) if ((cells[i] as string).trim() !== '') return false;
  return true;
};

/**
 * Typed rows of a file, row by row, as the contract `c` says — or, without `c`, as whichever contract the header
 * matches (detectKind). Each bad cell is a problem naming file, row, column and field; its row is left out and the
 * rest of the file is still used.
 */
export function exchangeReader(file: string, c?: Contract<ExchangeKind>): ExchangeReader {
  let row = 0;
  let headerRow = 0;
  let contract: Contract<ExchangeKind> | undefined;
  let unknown: Problem | undefined;
  let result: ReadResult<ExchangeKind> | undefined;
  let cols: { prop: string; f: Field<unknown>; index: number; letter: string | undefined }[] = [];
  let scores: CategoryScoreTable | undefined;
  let at6: number[] = [];
  // cells repeat the cell above (the year, the applicant of a run of rows): its reading is reused without a lookup
  let lastText: (string | undefined)[] = [];
  let lastParsed: Parsed<unknown>[] = [];
  let values: unknown[] = [];
  const header = (cells: readonly string[]) => {
    headerRow = row;
    contract = c ?? CONTRACTS[detectKind([cells]) as ExchangeKind];
    if (contract === undefined) {
      const text = cells.map((h) => h.replace(/^\uFEFF/, '').trim()).filter(Boolean).slice(0, 6).join(', ');
      unknown = problem('EXCHANGE_UNKNOWN_KIND', { header: text }, { file, row });
      return;
    }
    // readTable maps the header (labels, full-width forms, unknown and missing columns); fed the header and a row
    // of column numbers, it also says where each column is, so the data rows are then read straight from their cells
    const table = readTable([cells, cells.map((_, i) => String(i))], columnSpecs(contract), file);
    const shift = (p: Problem) => (p.where?.row !== undefined ? { ...p, where: { ...p.where, row: p.where.row + headerRow - 1 } } : p);
    const problems = table.problems.map(shift);
    scores = contract.kind === 'category_scores' ? new CategoryScoreTable() : undefined;
    result = {
      kind: contract.kind,
      file,
      rows: scores ?? [],
      problems,
      notices: table.notices.map(shift),
      unusable: problems.some((p) => p.code === 'TABLE_MISSING_COLUMN' || p.code === 'TABLE_EMPTY'),
    };
    const at = table.records[0]?.values ?? {};
    cols = entries(contract).map(([prop, f]) => {
      const i = at[f.key];
      return { prop: prop as string, f, index: i === undefined ? -1 : Number(i), letter: i === undefined ? undefined : columnLetter(Number(i)) };
    });
    lastText = cols.map(() => undefined);
    lastParsed = cols.map(() => ({ ok: true, value: undefined }));
    values = cols.map(() => undefined);
    const props = cols.map((c) => c.prop);
    at6 = (['year', 'applicantId', 'stage', 'category', 'points', 'maxPoints'] satisfies (keyof CategoryScoreRow)[]).map((p) => props.indexOf(p));
  };
  return {
    push(cells) {
      row++;
      if (unknown || result?.unusable || isBlank(cells)) return;
      if (!contract) return header(cells);
      const r = result as ReadResult<ExchangeKind>;
      let good = true;
      for (let j = 0; j < cols.length; j++) {
        const col = cols[j]!;
        const text = col.index < 0 ? '' : (cells[col.index] ?? '');
        let res = lastParsed[j]!;
        if (text !== lastText[j]) (res = col.f.parse(text)), (lastText[j] = text), (lastParsed[j] = res);
        if (res.ok) values[j] = res.value;
        else {
          good = false;
          r.problems.push(problem(res.code, res.params, { file, row, ...(col.letter ? { column: col.letter } : {}), field: col.f.key }));
        }
      }
      if (!good) return;
      if (scores) {
        const [y, a, st, c, p, m] = at6;
        scores.push(values[y!] as number, values[a!] as string, values[st!] as ExchangeStage, values[c!] as string, values[p!] as Decimal, values[m!] as Decimal, file, row);
        return;
      }
      const out: Record<string, unknown> = { file, row };
      for (let j = 0; j < cols.length; j++) out[cols[j]!.prop] = values[j];
      (r.rows as Located<RowTypes[ExchangeKind]>[]).push(out as unknown as Located<RowTypes[ExchangeKind]>);
    },
    finish() {
      if (result) return result;
      if (unknown) return { kind: undefined, file, problems: [unknown] };
      // no header at all
      if (c) return { kind: c.kind, file, rows: c.kind === 'category_scores' ? new CategoryScoreTable() : [], problems: [problem('TABLE_EMPTY', undefined, { file })], notices: [], unusable: true };
      return { kind: undefined, file, problems: [problem('TABLE_EMPTY', undefined, { file })] };
    },
  };
}

/** Typed rows of a grid of cells (from any CSV parser that keeps every cell as text): see exchangeReader. */
export function readExchange<K extends ExchangeKind>(c: Contract<K>, grid: readonly (readonly string[])[], file: string): ReadResult<K> {
  const reader = exchangeReader(file, c as unknown as Contract<ExchangeKind>);
  for (const cells of grid) reader.push(cells);
  return reader.finish() as ReadResult<K>;
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
export function readAnyExchange(grid: readonly (readonly string[])[], file: string): AnyReadResult {
  const reader = exchangeReader(file);
  for (const cells of grid) reader.push(cells);
  return reader.finish();
}
