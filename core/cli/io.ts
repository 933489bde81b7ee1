import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import Papa from 'papaparse';
import { decodeCsvBytes, type TextEncodingChoice } from '../exchange/decode';
import { readTable, type ColumnSpec, type Table } from '../exchange/table';
import { formatProblem } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { problem, type Problem } from '../i18n/problem';

/** A CSV file as a grid of cells: every cell a string, so ids with leading zeros stay as typed. */
export function readCsvGrid(path: string, encoding: TextEncodingChoice = 'auto'): { rows: string[][]; problems: Problem[] } {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { rows: [], problems: [problem('CLI_FILE_UNREADABLE', { detail: (e as Error).message }, { file })] };
  }
  const { text } = decodeCsvBytes(bytes, encoding);
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, dynamicTyping: false });
  const problems = parsed.errors
    .filter((e) => e.type === 'Quotes')
    .map((e) => problem('TABLE_BAD_QUOTES', { detail: e.message }, { file, row: (e.row ?? 0) + 1 }));
  return { rows: parsed.data, problems };
}

export function readCsvTable<K extends string>(path: string, spec: readonly ColumnSpec<K>[], encoding?: TextEncodingChoice): Table<K> {
  const { rows, problems } = readCsvGrid(path, encoding);
  if (problems.length && rows.length === 0) return { records: [], present: new Set(), problems, notices: [] };
  const t = readTable(rows, spec, basename(path));
  t.problems.unshift(...problems);
  return t;
}

export interface Output {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export function report(out: Output, problems: readonly Problem[], lang: Lang): void {
  for (const p of problems) out.stderr(formatProblem(p, lang) + '\n');
}

/** CSV to a file (UTF-8 with BOM, for Excel) or to standard output (no BOM, for pipes). */
export function writeCsvOutput(out: Output, csvBody: string, file: string | undefined): void {
  if (file) writeFileSync(file, '\uFEFF' + csvBody);
  else out.stdout(csvBody);
}
