// Figures for the award engine: `tally` and `select` for 10,000 applicants x 7 reviewers x 22 items.
// Target (issue): both under 1 s on the 2-core machine. Prints; asserts nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { main } from '../core/cli/main';
import { Decimal } from '../core/decimal';
import { leafItems } from '../core/profiles/criteria';
import { YUNYANG_2022 } from '../core/profiles/yunyang-2022';
import { tallyStage, type Entry } from '../core/scoring/tally';
import { select, type StageScores } from '../core/selection/select';

const APPLICANTS = 10_000;
const REVIEWERS = 7;

export default async function bench(): Promise<void> {
  const rng = xoroshiro128plus(42);
  const items = leafItems(YUNYANG_2022.criteria);
  const entries: Entry[] = [];
  const lines: string[] = ['applicant_id,reviewer_id,item,value'];
  for (let a = 0; a < APPLICANTS; a++) {
    const id = `A${String(a).padStart(5, '0')}`;
    for (let r = 0; r < REVIEWERS; r++) {
      for (const it of items) {
        const v = uniformInt(rng, 4, 18) * 5;
        entries.push({ applicantId: id, reviewerId: `R${r}`, item: it.clause, value: v });
        lines.push(`${id},R${r},${it.clause},${v}`);
      }
    }
  }
  const stage: StageScores[] = [];
  const sLines = ['applicant_id,name,industry,material,site,defense'];
  for (let a = 0; a < APPLICANTS; a++) {
    const m = new Decimal(uniformInt(rng, 8000, 18000)).div(20);
    const s = new Decimal(uniformInt(rng, 6000, 16000)).div(20);
    const d = new Decimal(uniformInt(rng, 3000, 9500)).div(100);
    const pass = m.gte(500);
    stage.push({ applicantId: `A${a}`, material: m, site: pass ? s : null, defense: pass ? d : null, results: null, flags: [] });
    sLines.push(`A${a},公司${a},制造,${m.toFixed(2)},${pass ? s.toFixed(2) : ''},${pass ? d.toFixed(2) : ''}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'scorebook-bench-'));
  writeFileSync(join(dir, 'entries.csv'), lines.join('\n'));
  writeFileSync(join(dir, 'stage.csv'), sLines.join('\n'));
  const silent = { stdout: () => {}, stderr: () => {} };

  const time = async (label: string, f: () => unknown) => {
    const t0 = performance.now();
    await f();
    console.log(`${label.padEnd(58)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
  };
  console.log(`${APPLICANTS} applicants x ${REVIEWERS} reviewers x ${items.length} items = ${entries.length} entries`);
  await time('tally, core (entries in memory)', () => tallyStage(YUNYANG_2022, entries));
  await time('tally, command line (read CSV, validate, tally, write CSV)', () =>
    main(['tally', '--profile', 'yunyang-2022', '--stage', 'material', join(dir, 'entries.csv'), '--out', join(dir, 'tally.csv')], silent));
  await time('select, core (10,000 applicants)', () => select(YUNYANG_2022, stage));
  await time('select, command line (read CSV, validate, select, write CSV)', () =>
    main(['select', '--profile', 'yunyang-2022', join(dir, 'stage.csv'), '--out', join(dir, 'select.csv')], silent));
  console.log(`peak memory (max RSS) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
