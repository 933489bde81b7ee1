import { problem, type Problem } from '../i18n/problem';
import { CategoryScoreTable, mergeCategoryTables } from './category-table';
import { CONTRACTS, type ApplicationRow, type ComplianceRow, type ExchangeKind, type Located, type ReadResult, type RowTypes } from './contracts';

/** Every row of every loaded file, by kind, with duplicates removed. */
export interface ExchangeData {
  applications: Located<ApplicationRow>[];
  categoryScores: CategoryScoreTable;
  compliance: Located<ComplianceRow>[];
}

export interface Merged {
  data: ExchangeData;
  problems: Problem[];
  notices: Problem[];
}

type ObjectKind = Exclude<ExchangeKind, 'category_scores'>;

// What makes a row the same fact, so the same year loaded twice (or two overlapping exports) is counted once. Rows
// are bucketed by applicant and compared within the bucket: no key string is built for each of a million rows.
const SAME: { [K in ObjectKind]: (a: RowTypes[K], b: RowTypes[K]) => boolean } = {
  applications: (a, b) => a.year === b.year,
  compliance: (a, b) => a.year === b.year && a.obligation === b.obligation && a.due === b.due,
};

const KEY_TEXT: { [K in ObjectKind]: (r: RowTypes[K]) => string } = {
  applications: (r) => `${r.year} ${r.applicantId}`,
  compliance: (r) => `${r.year} ${r.applicantId} ${r.obligation} ${r.due ?? ''}`.trim(),
};

function sameFact<K extends ObjectKind>(kind: K, a: RowTypes[K], b: RowTypes[K]): boolean {
  for (const f of Object.entries(CONTRACTS[kind].fields) as [keyof RowTypes[K], { write(v: unknown): unknown }][]) {
    if (String(f[1].write(a[f[0]]) ?? '') !== String(f[1].write(b[f[0]]) ?? '')) return false;
  }
  return true;
}

function mergeKind<K extends ObjectKind>(kind: K, results: readonly ReadResult<ExchangeKind>[], problems: Problem[], notices: Problem[]): Located<RowTypes[K]>[] {
  const byApplicant = new Map<string, Located<RowTypes[K]>[]>();
  const same = SAME[kind];
  const out: Located<RowTypes[K]>[] = [];
  for (const res of results) {
    if (res.kind !== kind) continue;
    for (const row of res.rows as unknown as Located<RowTypes[K]>[]) {
      let bucket = byApplicant.get(row.applicantId);
      if (!bucket) byApplicant.set(row.applicantId, (bucket = []));
      let first: Located<RowTypes[K]> | undefined;
      for (let i = 0; i < bucket.length && !first; i++) if (same(bucket[i]!, row)) first = bucket[i];
      if (!first) {
        bucket.push(row);
        out.push(row);
        continue;
      }
      const params = { key: KEY_TEXT[kind](row), firstFile: first.file, firstRow: first.row };
      const where = { file: row.file, row: row.row };
      if (sameFact(kind, first, row)) notices.push(problem('EXCHANGE_DUPLICATE_ROW', params, where));
      else problems.push(problem('EXCHANGE_CONFLICTING_ROW', params, where));
    }
  }
  return out;
}

/**
 * Files of several years and kinds as one data set. A row repeated exactly is counted once (a notice); a row that
 * says something different about the same fact keeps the first one read and is reported.
 */
export function mergeExchange(results: readonly ReadResult<ExchangeKind>[]): Merged {
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  const data: ExchangeData = {
    applications: mergeKind('applications', results, problems, notices),
    // category scores come as tables of columns (see category-table.ts), merged the same way
    categoryScores: mergeCategoryTables(
      results.flatMap((r) => (r.kind === 'category_scores' ? [r.rows as CategoryScoreTable] : [])),
      problems,
      notices,
    ),
    compliance: mergeKind('compliance', results, problems, notices),
  };
  return { data, problems, notices };
}
