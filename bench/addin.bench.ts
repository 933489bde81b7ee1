// The add-in's commands against the fake Excel of test/addin (which counts syncs and the JSON size of each request
// as Office.js would send it), at 30 and at 200 applicants with 9 reviewers; then the size of the task pane's
// JavaScript as a production build ships it, gzipped (target: under 350 KB).
//   npm run bench addin
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildConsensus, buildResults, buildStage, checkEntries, exportCsv, selectCell, startYear, updateRoster } from '../addin/excel/commands';
import { collectFiles, reviewerFiles } from '../addin/excel/reviewer-files';
import { buildWorkbook } from '../core/workbook/build';
import type { WorkbookInput } from '../core/workbook/input';
import { fakeHost, FakeWorkbook, type FakeHost } from '../test/addin/fake-excel';
import { yearInput } from '../test/addin/fixtures';

const root = resolve(import.meta.dirname, '..');
const PANE_BUDGET = 350 * 1024;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

/** Reviewers type a score into every entry cell of a stage, as the sheets' validation would accept (step 5). */
function typeScores(wb: FakeWorkbook, input: WorkbookInput, stage: 'material' | 'site'): void {
  for (const sp of buildWorkbook(input).sheets.filter((s) => s.key.startsWith(`score:${stage}:`))) {
    sp.inputs.forEach((ref, i) => {
      if (ref.kind === 'score') wb.type(sp.name, ref.cell, 60 + (i % 8) * 5);
    });
  }
}

interface Row {
  command: string;
  syncs: number;
  largest: number;
  total: number;
  response: number;
  ms: number;
}

async function measure(host: FakeHost, command: string, f: () => Promise<unknown>): Promise<Row> {
  host.reset();
  const t = performance.now();
  await f();
  const ms = performance.now() - t;
  const req = host.stats.requestBytes;
  return { command, syncs: host.stats.syncs, largest: Math.max(0, ...req), total: req.reduce((a, b) => a + b, 0), response: Math.max(0, ...host.stats.responseBytes), ms };
}

async function year(n: number, groups: boolean): Promise<Row[]> {
  const input = yearInput(n, 9, { groups });
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  const host = fakeHost(wb);
  const noPanels = { ...input, assignments: null };
  const rows: Row[] = [];
  rows.push(await measure(host, 'start-year', () => startYear(host, noPanels)));
  rows.push(await measure(host, 'update-roster (panels)', () => updateRoster(host, { assignments: input.assignments })));
  rows.push(await measure(host, 'build-material', () => buildStage(host, 'material')));
  let out: Awaited<ReturnType<typeof reviewerFiles>>['files'] = [];
  rows.push(await measure(host, 'reviewer files out', async () => (out = (await reviewerFiles(host, 'material')).files)));
  // one file back as it went out (nothing typed yet): read, checked and written into its sheet
  rows.push(await measure(host, 'reviewer file back (1)', () => collectFiles(host, out.slice(0, 1), false)));
  typeScores(wb, input, 'material');
  rows.push(await measure(host, 'check-entries', () => checkEntries(host)));
  rows.push(await measure(host, 'consensus-material', () => buildConsensus(host, 'material')));
  rows.push(await measure(host, 'build-site', () => buildStage(host, 'site')));
  typeScores(wb, input, 'site');
  rows.push(await measure(host, 'consensus-site', () => buildConsensus(host, 'site')));
  rows.push(await measure(host, 'results', () => buildResults(host)));
  rows.push(await measure(host, 'export-csv', () => exportCsv(host)));
  rows.push(await measure(host, 'select-cell', () => selectCell(host, '名单', 'A4')));
  return rows;
}

function table(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  console.log(`${'command'.padEnd(24)}${'syncs'.padStart(6)}${'largest request'.padStart(18)}${'all requests'.padStart(15)}${'largest response'.padStart(19)}${'time'.padStart(10)}`);
  for (const r of rows) {
    console.log(`${r.command.padEnd(24)}${String(r.syncs).padStart(6)}${mb(r.largest).padStart(18)}${mb(r.total).padStart(15)}${mb(r.response).padStart(19)}${`${r.ms.toFixed(0)} ms`.padStart(10)}`);
  }
}

function paneSize(): void {
  const out = mkdtempSync(join(tmpdir(), 'scorebook-addin-'));
  try {
    const r = spawnSync('npx', ['webpack', '--config-name', 'addin', '--mode', 'production', '--output-path', out], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
    // the pane's own scripts; office.js and Excel's host files are Microsoft's, loaded by Office itself
    const ours: string[] = readdirSync(out).filter((f) => f === 'taskpane.js' || f === 'commands.js');
    let raw = 0;
    let gz = 0;
    console.log('\ntask pane JavaScript (production build)');
    for (const f of ours) {
      const bytes = readFileSync(join(out, f));
      const z = gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gz += z;
      console.log(`${f.padEnd(24)}${kb(bytes.length).padStart(12)} raw ${kb(z).padStart(10)} gzip`);
    }
    // loaded only when a step needs it (reviewer files: exceljs), so not part of opening the pane
    const microsoft = /^(office|excel.*|o15apptofilemappingtable|es6-promise)\.js$/;
    for (const f of readdirSync(out).filter((x) => x.endsWith('.js') && !ours.includes(x) && !microsoft.test(x))) {
      const bytes = readFileSync(join(out, f));
      console.log(`${f.padEnd(24)}${kb(bytes.length).padStart(12)} raw ${kb(gzipSync(bytes, { level: 9 }).length).padStart(10)} gzip  (loaded on demand)`);
    }
    const office = statSync(join(out, 'office.js')).size;
    console.log(`${'total'.padEnd(24)}${kb(raw).padStart(12)} raw ${kb(gz).padStart(10)} gzip  (target under ${kb(PANE_BUDGET)}: ${gz < PANE_BUDGET ? 'met' : 'OVER'})`);
    console.log(`(office.js, copied for offline use, is ${kb(office)} more and not counted)`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export default async function bench(): Promise<void> {
  for (const n of [30, 200]) table(`${n} applicants, 9 reviewers in panels of three (fake Excel, ExcelApi 1.12)`, await year(n, true));
  // the largest sheets: every reviewer scores every applicant
  table('200 applicants, all 9 reviewers score everyone', await year(200, false));
  paneSize();
}
