// Figures for the award engine: `tally` and `select` for 10,000 applicants x 7 reviewers x 22 items.
// Target (issue): both under 1 s on the 2-core machine. Prints; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { main } from '../core/cli/main';
import { Decimal } from '../core/decimal';
import { leafItems } from '../core/profiles/criteria';
import { YUNYANG_2022 } from '../core/profiles/yunyang-2022';
import { tallyStage, type Entry } from '../core/scoring/tally';
import { select, type StageScores } from '../core/selection/select';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const APPLICANTS = 10_000;
const REVIEWERS = 7;
const ITEMS = leafItems(YUNYANG_2022.criteria);
const id = (a: number) => `A${String(a).padStart(5, '0')}`;

/** Every percentage of the run (applicant x reviewer x item), and the three stage scores of each applicant. */
function makeData() {
  const rng = xoroshiro128plus(42);
  const pct = new Uint8Array(APPLICANTS * REVIEWERS * ITEMS.length);
  for (let i = 0; i < pct.length; i++) pct[i] = uniformInt(rng, 4, 18) * 5;
  const stage: StageScores[] = [];
  for (let a = 0; a < APPLICANTS; a++) {
    const m = new Decimal(uniformInt(rng, 8000, 18000)).div(20);
    const s = new Decimal(uniformInt(rng, 6000, 16000)).div(20);
    const d = new Decimal(uniformInt(rng, 3000, 9500)).div(100);
    const pass = m.gte(500);
    stage.push({ applicantId: id(a), material: m, site: pass ? s : null, defense: pass ? d : null, results: null, flags: [] });
  }
  return { pct, stage };
}

/** The CSV files a secretariat would give the command line; nothing of them is kept in memory. */
function writeFiles(dir: string, pct: Uint8Array, stage: StageScores[]): void {
  let k = 0;
  const chunks: string[] = ['applicant_id,reviewer_id,item,value\n'];
  for (let a = 0; a < APPLICANTS; a++) {
    const lines: string[] = [];
    for (let r = 0; r < REVIEWERS; r++) for (const it of ITEMS) lines.push(`${id(a)},R${r},${it.clause},${pct[k++]}`);
    chunks.push(lines.join('\n') + '\n');
  }
  writeFileSync(join(dir, 'entries.csv'), chunks.join(''));
  const sLines = ['applicant_id,name,industry,material,site,defense'];
  for (const [a, s] of stage.entries()) {
    sLines.push(`${s.applicantId},公司${a},制造,${s.material!.toFixed(2)},${s.site?.toFixed(2) ?? ''},${s.defense?.toFixed(2) ?? ''}`);
  }
  writeFileSync(join(dir, 'stage.csv'), sLines.join('\n'));
}

function entriesOf(pct: Uint8Array): Entry[] {
  const entries: Entry[] = [];
  let k = 0;
  for (let a = 0; a < APPLICANTS; a++) {
    for (let r = 0; r < REVIEWERS; r++) for (const it of ITEMS) entries.push({ applicantId: id(a), reviewerId: `R${r}`, item: it.clause, value: pct[k++]! });
  }
  return entries;
}

const line = (label: string, ms: number) => console.log(`${label.padEnd(64)} ${ms.toFixed(0).padStart(6)} ms`);

async function time(label: string, f: () => unknown): Promise<void> {
  const t0 = performance.now();
  await f();
  line(label, performance.now() - t0);
}

/** Wall time of a whole `scorebook` process, as a person at a terminal waits for it. */
function wholeProcess(label: string, args: string[]): void {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'scorebook.mjs'), ...args], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`scorebook ${args[0]} exited ${r.status}: ${r.stderr}`);
  line(label, ms);
}

export default async function bench(): Promise<void> {
  const { pct, stage } = makeData();
  const dir = mkdtempSync(join(tmpdir(), 'scorebook-bench-'));
  writeFiles(dir, pct, stage);
  const silent = { stdout: () => {}, stderr: () => {} };
  const tallyArgs = ['tally', '--profile', 'yunyang-2022', '--stage', 'material', join(dir, 'entries.csv'), '--out', join(dir, 'tally.csv')];
  const selectArgs = ['select', '--profile', 'yunyang-2022', join(dir, 'stage.csv'), '--out', join(dir, 'select.csv')];
  console.log(`${APPLICANTS} applicants x ${REVIEWERS} reviewers x ${ITEMS.length} items = ${pct.length} entries`);

  // the command line first, on a heap holding nothing else of size (as in its own process)
  await time('tally, command line (read CSV, validate, tally, write CSV)', () => main(tallyArgs, silent));
  await time('select, command line (read CSV, validate, select, write CSV)', () => main(selectArgs, silent));
  console.log(`peak memory of the command-line runs (max RSS) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  // the first run after a change of core/ makes the command line's bundle (see bin/scorebook.mjs): not timed
  spawnSync(process.execPath, [join(ROOT, 'bin', 'scorebook.mjs'), '--help']);
  wholeProcess('whole process: scorebook --help (start of node and the command line)', ['--help']);
  wholeProcess('whole process: scorebook tally', tallyArgs);
  wholeProcess('whole process: scorebook select', selectArgs);

  const entries = entriesOf(pct);
  await time('tally, core (1.54 M entries as objects in memory)', () => tallyStage(YUNYANG_2022, entries));
  await time('select, core (10,000 applicants)', () => select(YUNYANG_2022, stage));
  console.log(`peak memory overall (max RSS) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
