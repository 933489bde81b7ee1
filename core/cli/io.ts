import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { decodeCsvBytes, type TextEncodingChoice } from '../exchange/decode';
import { tableReader, type ColumnSpec, type Table } from '../exchange/table';
import { formatProblem } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { problem, type Problem } from '../i18n/problem';

function readText(path: string, encoding: TextEncodingChoice): { text?: string; problems: Problem[] } {
  try {
    return { text: decodeCsvBytes(readFileSync(path), encoding).text, problems: [] };
  } catch (e) {
    return { problems: [problem('CLI_FILE_UNREADABLE', { detail: (e as Error).message }, { file: basename(path) })] };
  }
}

/**
 * A CSV file read against a contract. Every cell stays a string, so ids with leading zeros stay as typed; rows are
 * counted as a spreadsheet shows them (a quoted cell with a line break is one row). With `onCells`, each data row's
 * cells are handed over with the cell index of each key and nothing is kept, which keeps large batch files light.
 */
export function readCsvTable<K extends string>(
  path: string,
  spec: readonly ColumnSpec<K>[],
  opts: {
    encoding?: TextEncodingChoice;
    /** Instead of records, the cells of each data row with the cell index of each key: for a million rows. */
    onCells?: (cells: readonly string[], row: number, index: Partial<Record<K, number>>) => void;
  } = {},
): Table<K> {
  const { text, problems } = readText(path, opts.encoding ?? 'auto');
  if (text === undefined) return { records: [], present: new Set(), problems, notices: [] };
  const { onCells } = opts;
  const reader = tableReader(spec, basename(path), !onCells);
  csvParseRows(text, (cells, i) => {
    if (!onCells) reader.push(cells, i + 1);
    else if (reader.accept(cells, i + 1)) onCells(cells, i + 1, reader.columnIndex);
    return null;
  });
  return reader.finish();
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
