/// <reference types="office-js" />
import { collect, differenceProblem, type CollectResult, type Returned } from '../../core/distribute/collect';
import { reviewerFileName } from '../../core/distribute/distribute';
import { frozenSheet, logSheet, readFrozen, readLog, recordSheetNames } from '../../core/distribute/records';
import { reviewerPlan } from '../../core/distribute/reviewer-file';
import { problem, type Problem } from '../../core/i18n/problem';
import { buildWorkbook } from '../../core/workbook/build';
import { applicantsOf, type Typed } from '../../core/workbook/input';
import type { SheetPlan, Stage, WorkbookPlan } from '../../core/workbook/plan';
import { readWorkbook, type GridSheet } from '../../core/workbook/read';
import { readXlsxGrids } from '../../core/xlsx/read';
import { renderXlsx } from '../../core/xlsx/render';
import { loadBasics, readTyped, renderSheets, type CommandResult } from './commands';
import type { ExcelHost } from './host';
import { topLeftOf } from './rects';

// Reviewer files out and back (core/distribute) with the open workbook as the master. core's functions take the
// master as .xlsx bytes; here the master is what Excel holds, so its bytes are made from the workbook's plan with
// what was typed (and the records core keeps: its log and frozen entries), and what core returns is read back into
// the sheets. This module pulls in exceljs: the task pane loads it only when one of these two steps is used.

export interface OutFile {
  name: string;
  reviewerId: string;
  reviewerName: string;
  applicants: number;
  bytes: Uint8Array;
}

const cellName = (row: number, column: number): string => {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${row}`;
};

/** core's record sheets (its log, the frozen entries of a stage) as grids, from the workbook: one request. */
async function loadRecords(ctx: Excel.RequestContext, names: Set<string>): Promise<GridSheet[]> {
  const pending: { name: string; range: Excel.Range }[] = [];
  for (const name of recordSheetNames()) {
    if (!names.has(name)) continue;
    const range = ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    range.load('values,address');
    pending.push({ name, range });
  }
  await ctx.sync();
  return pending
    .filter((p) => !p.range.isNullObject)
    .map(({ name, range }) => {
      const { row, column } = topLeftOf(range.address);
      const cells: GridSheet['cells'] = {};
      range.values.forEach((vals, i) =>
        vals.forEach((v, j) => {
          if (v !== '' && v !== null && v !== undefined) cells[cellName(row + i, column + j)] = v as string | number | boolean;
        }),
      );
      return { name, cells };
    });
}

/** The open workbook as core's master: its plan with every typed entry, and core's records. */
async function masterOf(host: ExcelHost) {
  return host.run(async (ctx) => {
    const basics = await loadBasics(ctx);
    const before = await readTyped(ctx, basics);
    if (!before || !basics.state) return null;
    const records = await loadRecords(ctx, basics.names);
    return { input: basics.state.input, typed: before.read.typed, records };
  });
}

/**
 * One .xlsx per reviewer of the stage, made exactly as core's `distribute` makes them from a master file: only that
 * reviewer's sheet, their applicants and the band guide, with what the workbook already holds of theirs.
 */
export async function reviewerFiles(host: ExcelHost, stage: Stage): Promise<{ files: OutFile[]; result: CommandResult }> {
  const m = await masterOf(host);
  if (!m) return { files: [], result: { written: [], backups: [], problems: [problem('ADDIN_NO_YEAR')] } };
  const { input, typed } = m;
  const files: OutFile[] = [];
  for (const r of input.reviewers) {
    const mine = applicantsOf(input, stage, r.id);
    if (!mine.length) continue;
    files.push({ name: reviewerFileName(input.year, stage, r.id, r.name), reviewerId: r.id, reviewerName: r.name, applicants: mine.length, bytes: await renderXlsx(reviewerPlan(input, stage, r, typed)) });
  }
  const result = await host.run(async (ctx) => {
    const basics = await loadBasics(ctx);
    await ctx.sync(); // the same request count as the other commands
    return renderSheets(host, ctx, basics, { input, plan: { styles: {}, sheets: [] }, keys: [], read: null, action: `distribute-${stage} (${files.map((f) => f.name).join(', ')})` });
  });
  if (!files.length) result.problems.push(problem('ADDIN_NO_REVIEWER_FILES', { stage }));
  return { files, result };
}

export interface CollectOutcome {
  collected: CollectResult;
  result: CommandResult;
  /** For the pane, in order: a summary, then why files were refused, what differs, and warnings. */
  notes: Problem[];
}

function notesOf(files: number, c: CollectResult): Problem[] {
  return [
    problem('ADDIN_COLLECTED', { files, accepted: c.accepted.length, held: c.held.length, refused: c.refused.length }),
    ...c.problems,
    ...c.refused.flatMap((r) => r.problems),
    ...c.held.flatMap((h) => h.differences.map((d) => differenceProblem(h.file, d))),
    ...c.warnings,
    ...c.accepted.flatMap((a) => a.warnings),
  ];
}

/**
 * Returned reviewer files into the open workbook through core's `collect`: every file is checked first, a refused
 * one changes nothing, one whose entries differ from the workbook's waits until `confirm`. What core accepts is
 * written into the score sheets (after a backup of each sheet that holds entries), with core's log and frozen sheets.
 */
export async function collectFiles(host: ExcelHost, returned: readonly { name: string; bytes: Uint8Array }[], confirm: boolean): Promise<CollectOutcome> {
  const m = await masterOf(host);
  if (!m) return { collected: { accepted: [], held: [], refused: [], frozen: [], problems: [], warnings: [] }, result: { written: [], backups: [], problems: [] }, notes: [problem('ADDIN_NO_YEAR')] };
  const { input } = m;
  const masterPlan: WorkbookPlan = buildWorkbook(input, m.typed);
  const frozen = readFrozen(m.records, input.lang);
  masterPlan.sheets.push(...Object.values(frozen).map((f) => frozenSheet(f, input.lang)));
  const log = readLog(m.records, input.lang);
  if (log.length) masterPlan.sheets.push(logSheet(log, input.lang));
  const collected = await collect(await renderXlsx(masterPlan), returned as Returned[], { confirm, now: host.now(), profile: input.profile });
  const empty: CommandResult = { written: [], backups: [], problems: [] };
  if (!collected.bytes) return { collected, result: empty, notes: notesOf(returned.length, collected) };

  // core's new master, read back by meaning: its entries go to the score sheets, its records beside them
  const grids = await readXlsxGrids(collected.bytes);
  const typed: Typed = readWorkbook(buildWorkbook(input), grids, input.profile).typed;
  // only the sheets of accepted files change: the others are left as they are
  const changed = new Set(collected.accepted.map((a) => `score:${a.stage}:${a.reviewerId}`));
  const records: SheetPlan[] = [...Object.values(readFrozen(grids, input.lang)).map((f) => frozenSheet(f, input.lang)), logSheet(readLog(grids, input.lang), input.lang)];
  const result = await host.run(async (ctx) => {
    const basics = await loadBasics(ctx);
    const before = await readTyped(ctx, basics);
    const plan = buildWorkbook(input, typed);
    const keys = plan.sheets.filter((s) => changed.has(s.key)).map((s) => s.key);
    return renderSheets(host, ctx, basics, { input, plan, keys, read: before?.read ?? null, action: `collect (${returned.map((f) => f.name).join(', ')})`, extraSheets: records });
  });
  return { collected, result, notes: [...notesOf(returned.length, collected), ...result.problems] };
}
