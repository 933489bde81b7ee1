/// <reference types="office-js" />
import { APPLICATIONS, CATEGORY_SCORES, COMPLIANCE, writeExchange } from '../../core/exchange/contracts';
import { problem, type Problem } from '../../core/i18n/problem';
import { buildWorkbook } from '../../core/workbook/build';
import { exchangeRows } from '../../core/workbook/exchange-rows';
import { STYLES } from '../../core/workbook/styles';
import { computeYear, type YearResult } from '../../core/workbook/compute';
import type { Applicant, WorkbookInput } from '../../core/workbook/input';
import { col, emptySheet, type SheetPlan, type Stage, type WorkbookPlan } from '../../core/workbook/plan';
import { readWorkbook, type GridSheet, type WorkbookRead } from '../../core/workbook/read';
import { applyOp } from './apply';
import { chunkOps } from './chunk';
import { OPTIONAL, type ExcelHost } from './host';
import { sheetOps, type WriteOp } from './ops';
import { boundsOf, rectAddress, topLeftOf } from './rects';
import { LOG_SHEET, parseState, STATE_SHEET, stateSheet, type AddinState } from './state';

/** What a command did, for the task pane: problems and notices as message codes, and what it wrote. */
export interface CommandResult {
  written: string[];
  backups: string[];
  problems: Problem[];
}

export interface Loaded {
  state: AddinState | null;
  names: Set<string>;
  logRows: number;
}

/** Sync 1 of every command: the sheet names, the add-in's state and where the log ends. */
export async function loadBasics(ctx: Excel.RequestContext): Promise<Loaded> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const stateRange = sheets.getItemOrNullObject(STATE_SHEET).getUsedRangeOrNullObject(true);
  stateRange.load('values');
  const logRange = sheets.getItemOrNullObject(LOG_SHEET).getUsedRangeOrNullObject(true);
  logRange.load('rowCount');
  await ctx.sync();
  return {
    state: stateRange.isNullObject ? null : parseState(stateRange.values),
    names: new Set(sheets.items.map((s) => s.name)),
    logRows: logRange.isNullObject ? 0 : logRange.rowCount,
  };
}

/** The cells core's reader looks at: one rectangle per sheet around its entries and anchors. */
function readArea(sp: SheetPlan): string | null {
  const b = boundsOf([...sp.inputs.map((i) => i.cell), ...sp.anchors.map((a) => a.cell)]);
  return b ? rectAddress(b) : null;
}

/** Sync 2: the values of every planned sheet that exists, in one request, as grids for core/workbook's reader. */
async function loadGrids(ctx: Excel.RequestContext, plan: WorkbookPlan, names: Set<string>): Promise<GridSheet[]> {
  const pending: { name: string; range: Excel.Range; area: string }[] = [];
  for (const sp of plan.sheets) {
    const area = readArea(sp);
    if (!area || !names.has(sp.name)) continue;
    const range = ctx.workbook.worksheets.getItem(sp.name).getRange(area);
    range.load('values');
    pending.push({ name: sp.name, range, area });
  }
  await ctx.sync();
  return pending.map(({ name, range, area }) => {
    const { row, column } = topLeftOf(area);
    const cells: GridSheet['cells'] = {};
    range.values.forEach((vals, i) =>
      vals.forEach((v, j) => {
        if (v !== '' && v !== null && v !== undefined) cells[`${col(column + j)}${row + i}`] = v as string | number | boolean;
      }),
    );
    return { name, cells };
  });
}


const stamp = (d: Date): string => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
};

export interface RenderJob {
  /** The input after the command (a new roster, a new year) and the plan made from it with what was typed. */
  input: WorkbookInput;
  plan: WorkbookPlan;
  keys: readonly string[];
  /** What was typed, by meaning: decides which existing sheets need a backup. */
  read: WorkbookRead | null;
  action: string;
  recreateMissing?: boolean;
  extraSheets?: SheetPlan[];
  /** Applicants found ineligible and taken off the roster (kept for the dashboard's export); absent = unchanged. */
  ineligible?: Applicant[];
}

/**
 * Write sheets of a plan: back up and empty the ones that exist, skip (and report) the ones a user renamed or
 * deleted, then values, formats, validation and protection, the state and a log line, in WRITE_REQUESTS requests.
 */
export async function renderSheets(host: ExcelHost, ctx: Excel.RequestContext, basics: Loaded, job: RenderJob): Promise<CommandResult> {
  const result: CommandResult = { written: [], backups: [], problems: [] };
  const print = host.supports(OPTIONAL.print.set, OPTIONAL.print.version);
  if (!print) result.problems.push(problem('ADDIN_NO_PRINT'));
  const registry = { ...(basics.state?.registry ?? {}) };
  const ops: WriteOp[] = [];
  const now = host.now();
  const names = new Set(basics.names);
  const typedSheets = new Set<string>();
  if (job.read) {
    for (const sp of job.plan.sheets) {
      // a sheet holding anything a person typed is kept before it is rewritten
      if (sp.inputs.some((i) => i.kind !== 'scorer' && sp.cells[i.cell]?.value !== null && sp.cells[i.cell]?.value !== undefined)) typedSheets.add(sp.name);
    }
  }
  let backupNo = 0;
  const backupName = () => {
    let n: string;
    do n = `备份 ${stamp(now).slice(5).replace(/[-: ]/g, '')}-${++backupNo}`;
    while (names.has(n));
    names.add(n);
    return n;
  };
  const targets = [...job.plan.sheets.filter((s) => job.keys.includes(s.key)), ...(job.extraSheets ?? [])];
  for (const sp of targets) {
    const known = registry[sp.key];
    if (known !== undefined && !basics.names.has(known) && !job.recreateMissing) {
      result.problems.push(problem('ADDIN_SHEET_GONE', { sheet: known }, { sheet: known }));
      continue;
    }
    if (basics.names.has(sp.name)) {
      const ours = known === sp.name;
      if (!ours || typedSheets.has(sp.name)) {
        const as = backupName();
        ops.push({ t: 'copySheet', sheet: sp.name, as });
        result.backups.push(as);
        result.problems.push(problem('ADDIN_BACKUP', { sheet: sp.name, backup: as }));
      }
      ops.push({ t: 'clearSheet', sheet: sp.name });
    } else ops.push({ t: 'addSheet', sheet: sp.name });
    ops.push(...sheetOps(sp, job.plan.styles, { print }));
    registry[sp.key] = sp.name;
    result.written.push(sp.name);
  }
  const state: AddinState = { input: job.input, registry, notes: basics.state?.notes ?? {} };
  const ineligible = job.ineligible ?? basics.state?.ineligible;
  if (ineligible) state.ineligible = ineligible;
  const st = stateSheet(state);
  ops.push(basics.names.has(STATE_SHEET) ? { t: 'clearSheet', sheet: STATE_SHEET } : { t: 'addSheet', sheet: STATE_SHEET });
  ops.push(...sheetOps(st, {}, { print: false }), { t: 'hide', sheet: STATE_SHEET });
  ops.push(...logOps(basics, now, job.action, result));
  // Excel cannot activate a hidden sheet: the first visible one written is shown
  const shown = targets.find((sp) => !sp.visibility && result.written.includes(sp.name));
  if (shown) ops.push({ t: 'activate', sheet: shown.name });

  const sheets = new Map<string, Excel.Worksheet>();
  for (const chunk of chunkOps(ops)) {
    for (const op of chunk) applyOp(ctx, sheets, op);
    await ctx.sync();
  }
  return result;
}

function logOps(basics: Loaded, now: Date, action: string, r: CommandResult): WriteOp[] {
  const ops: WriteOp[] = [];
  let row = basics.logRows + 1;
  if (!basics.names.has(LOG_SHEET)) {
    ops.push({ t: 'addSheet', sheet: LOG_SHEET });
    ops.push({ t: 'cells', sheet: LOG_SHEET, address: 'A1:C1', data: [['时间 When', '操作 Action', '详情 Detail']] });
    ops.push({ t: 'style', sheet: LOG_SHEET, address: 'A1:C1', style: { bold: true, fill: 'D9E1F2' } });
    ops.push({ t: 'columnWidth', sheet: LOG_SHEET, column: 1, chars: 20 }, { t: 'columnWidth', sheet: LOG_SHEET, column: 2, chars: 24 }, { t: 'columnWidth', sheet: LOG_SHEET, column: 3, chars: 80 });
    row = 2;
  }
  const detail = [r.written.length ? `sheets: ${r.written.join(', ')}` : '', r.backups.length ? `backups: ${r.backups.join(', ')}` : '', r.problems.map((p) => p.code).join(' ')]
    .filter(Boolean)
    .join(' | ')
    .slice(0, 30_000);
  ops.push({ t: 'numberFormat', sheet: LOG_SHEET, address: `A${row}:C${row}`, format: '@' });
  ops.push({ t: 'cells', sheet: LOG_SHEET, address: `A${row}:C${row}`, data: [[stamp(now), action, detail]] });
  return ops;
}

/** The previous plan (from the saved input) and what people typed into it. */
export async function readTyped(ctx: Excel.RequestContext, basics: Loaded): Promise<{ plan: WorkbookPlan; read: WorkbookRead } | null> {
  if (!basics.state) {
    await ctx.sync(); // keep the sync count the same whether or not a year exists
    return null;
  }
  const input = basics.state.input;
  const plan = buildWorkbook(input);
  const grids = await loadGrids(ctx, plan, basics.names);
  return { plan, read: readWorkbook(plan, grids, input.profile) };
}

const sameInput = (a: WorkbookInput, b: WorkbookInput) => JSON.stringify(a) === JSON.stringify(b);

async function rebuild(host: ExcelHost, action: string, next: (old: WorkbookInput | null) => WorkbookInput | null, pick: (plan: WorkbookPlan, registered: string[]) => string[], opts: { recreateMissing?: boolean; results?: boolean; ineligible?: Applicant[] } = {}): Promise<CommandResult> {
  return host.run(async (ctx) => {
    const basics = await loadBasics(ctx);
    const before = await readTyped(ctx, basics);
    const input = next(basics.state?.input ?? null);
    if (!input) return { written: [], backups: [], problems: [problem('ADDIN_NO_YEAR')] };
    const typed = before?.read.typed ?? {};
    let selection;
    if (opts.results && before) selection = computeYear(input, before.read).selection;
    // the core builder is the slow part at 200 applicants: the plan just read is reused when nothing changes it
    const reuse = !opts.results && before && basics.state && sameInput(basics.state.input, input) && Object.keys(typed).length === 0;
    const plan = reuse ? before.plan : buildWorkbook(input, typed, selection);
    const keys = pick(plan, Object.keys(basics.state?.registry ?? {}));
    const job: RenderJob = { input, plan, keys, read: before?.read ?? null, action };
    if (opts.recreateMissing) job.recreateMissing = true;
    if (opts.ineligible) job.ineligible = opts.ineligible;
    return renderSheets(host, ctx, basics, job);
  });
}

/** Step 1: a new or changed year; the set-up and roster sheets, and every sheet already made, follow the input. */
export function startYear(host: ExcelHost, input: WorkbookInput): Promise<CommandResult> {
  return rebuild(host, 'start-year', () => input, (plan, registered) => plan.sheets.map((s) => s.key).filter((k) => k === 'setup' || k === 'roster' || registered.includes(k)));
}

/** New applicants, reviewers or panels (from CSV or the panel draw): the roster and every sheet already made. */
export function updateRoster(host: ExcelHost, change: Partial<Pick<WorkbookInput, 'applicants' | 'reviewers' | 'assignments'>>, note?: string, ineligible?: Applicant[]): Promise<CommandResult> {
  return rebuild(host, note ? `update-roster (${note})` : 'update-roster', (old) => (old ? { ...old, ...change } : null), (plan, registered) => plan.sheets.map((s) => s.key).filter((k) => k === 'roster' || registered.includes(k)), ineligible ? { ineligible } : {});
}

/**
 * Step 2: the eligibility findings as a sheet beside the roster (a record from core/workbook, holding nothing typed:
 * rewritten each time the check runs, after a backup if a user has written into it).
 */
export function writeEligibility(host: ExcelHost, sheet: SheetPlan): Promise<CommandResult> {
  return host.run(async (ctx) => {
    const basics = await loadBasics(ctx);
    if (!basics.state) return { written: [], backups: [], problems: [problem('ADDIN_NO_YEAR')] };
    const plan: WorkbookPlan = { styles: STYLES, sheets: [] };
    return renderSheets(host, ctx, basics, { input: basics.state.input, plan, keys: [], read: null, action: 'eligibility', extraSheets: [sheet], recreateMissing: true });
  });
}

/** Step 4: every reviewer's score sheet of a stage. */
export function buildStage(host: ExcelHost, stage: Stage, recreateMissing = false): Promise<CommandResult> {
  return rebuild(host, `build-${stage}`, (old) => old, (plan) => plan.sheets.filter((s) => s.key.startsWith(`score:${stage}:`)).map((s) => s.key), { recreateMissing });
}

/** Step 6: the consensus sheet of a stage (and the defense sheet with the site stage, when the profile has one). */
export function buildConsensus(host: ExcelHost, stage: Stage): Promise<CommandResult> {
  return rebuild(host, `consensus-${stage}`, (old) => old, (plan) => plan.sheets.filter((s) => s.key === `consensus:${stage}` || (stage === 'site' && s.key === 'defense')).map((s) => s.key));
}

/** Step 7: the printed results, holding core's selection from the entries as they are now. */
export function buildResults(host: ExcelHost): Promise<CommandResult> {
  return rebuild(host, 'results', (old) => old, (plan) => plan.sheets.filter((s) => s.kind === 'results').map((s) => s.key), { results: true });
}

/** One problem of the entry check, with where to take the user. */
export interface EntryIssue {
  kind: 'invalid' | 'missing' | 'flagged' | 'consensus' | 'layout';
  problem: Problem;
  sheet?: string;
  cell?: string;
}

const INVALID = new Set(['ENTRY_NOT_A_NUMBER', 'ENTRY_OUT_OF_RANGE', 'ENTRY_OFF_STEP']);

/** Read every entry back and compute the year with core: what core says, and where. */
async function readYear(host: ExcelHost): Promise<{ input: WorkbookInput; plan: WorkbookPlan; read: WorkbookRead; year: YearResult; registry: Record<string, string>; ineligible: Applicant[] } | null> {
  return host.run(async (ctx) => {
    const basics = await loadBasics(ctx);
    const before = await readTyped(ctx, basics);
    if (!before || !basics.state) return null;
    const input = basics.state.input;
    return { input, plan: before.plan, read: before.read, year: computeYear(input, before.read), registry: basics.state.registry, ineligible: basics.state.ineligible ?? [] };
  });
}

/**
 * Step 5: every problem of the entries, invalid first. Values pasted into a cell skip Excel's validation, so this
 * reads what the cells hold and asks core, whatever Excel let through.
 */
export async function checkEntries(host: ExcelHost): Promise<EntryIssue[]> {
  const y = await readYear(host);
  if (!y) return [{ kind: 'layout', problem: problem('ADDIN_NO_YEAR') }];
  const issue = (kind: EntryIssue['kind'], p: Problem): EntryIssue => {
    const i: EntryIssue = { kind, problem: p };
    if (p.where?.sheet) i.sheet = p.where.sheet;
    if (p.where?.cell) i.cell = p.where.cell;
    return i;
  };
  const out: EntryIssue[] = [];
  for (const p of y.read.problems) {
    // a sheet not built yet is not missing; one the add-in built and cannot find is
    if (p.code === 'WB_SHEET_MISSING' && !Object.values(y.registry).includes(p.where?.sheet ?? '')) continue;
    out.push(issue(INVALID.has(p.code) ? 'invalid' : 'layout', p));
  }
  for (const p of y.year.incomplete) out.push(issue('missing', p));
  for (const stage of ['material', 'site'] as const) {
    for (const p of y.year.tallies[stage].problems) out.push(issue('consensus', p));
    const consensus = y.plan.sheets.find((s) => s.key === `consensus:${stage}`);
    const cellOf = new Map(consensus?.inputs.filter((i) => i.kind === 'override').map((i) => [`${i.applicantId}|${'item' in i ? i.item : ''}`, i.cell]) ?? []);
    for (const a of y.year.tallies[stage].applicants) {
      for (const item of a.flagged) {
        const where: Problem['where'] = { applicant: a.applicantId };
        const cell = cellOf.get(`${a.applicantId}|${item}`);
        if (consensus && cell) Object.assign(where, { sheet: consensus.name, cell });
        out.push(issue('flagged', problem('ADDIN_FLAGGED', { applicant: a.applicantId, item }, where)));
      }
    }
  }
  const order: EntryIssue['kind'][] = ['layout', 'invalid', 'consensus', 'flagged', 'missing'];
  return out.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** Clicking a problem: that sheet, that cell, selected. */
export function selectCell(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  return host.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await ctx.sync();
  });
}

export interface ExportFile {
  fileName: string;
  text: string;
}

/**
 * Step 8: the dashboard's CSV files as text (formula-like cells neutralised by core's writer), and each file's
 * lines also written into a sheet of the workbook: a download may be blocked inside Office, the sheet never is.
 */
export async function exportCsv(host: ExcelHost): Promise<{ files: ExportFile[]; result: CommandResult }> {
  const y = await readYear(host);
  if (!y) return { files: [], result: { written: [], backups: [], problems: [problem('ADDIN_NO_YEAR')] } };
  const { applications, categories } = exchangeRows(y.input, y.year, y.ineligible);
  const files: ExportFile[] = [
    { fileName: APPLICATIONS.fileName, text: writeExchange(APPLICATIONS, applications) },
    { fileName: CATEGORY_SCORES.fileName, text: writeExchange(CATEGORY_SCORES, categories) },
    { fileName: COMPLIANCE.fileName, text: writeExchange(COMPLIANCE, []) },
  ];
  const sheets = files.map((f) => {
    const s = emptySheet(`export:${f.fileName}`, 'results', `导出 ${f.fileName}`.slice(0, 31));
    s.protection = null;
    s.columnWidths[1] = 120;
    f.text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((l) => l !== '')
      .forEach((line, i) => (s.cells[`A${i + 1}`] = { value: line }));
    return s;
  });
  const result = await host.run(async (ctx) => {
    const basics = await loadBasics(ctx);
    await ctx.sync(); // the same request count as the other commands: nothing typed to read here
    return renderSheets(host, ctx, basics, { input: y.input, plan: { styles: {}, sheets: [] }, keys: [], read: null, action: 'export-csv', extraSheets: sheets });
  });
  return { files, result };
}
