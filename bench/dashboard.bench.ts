// The dashboard with ten years of 5,000 applicants each: time from files to the first full render in Chromium
// (decode, parse, read, merge, aggregate, draw) and the size of its JavaScript. Targets: < 1 s, < 300 KB gzip.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ExchangeKind, ReadResult } from '../core/exchange/contracts';
import { mergeExchange } from '../core/exchange/merge';
import { YUNYANG_2022 } from '../core/profiles/yunyang-2022';
import { buildView } from '../dashboard/src/model';
import { readCsvFile } from '../dashboard/src/parse';
import { makeDashboardSample, sampleFiles } from '../scripts/make-dashboard-sample';
import { buildAndServe, launch, ROOT } from '../test/dashboard/browser';

const ms = (n: number) => `${n.toFixed(0)} ms`;

export default async function bench(): Promise<void> {
  let t = performance.now();
  const sample = makeDashboardSample({ applicantsPerYear: 5000, flat: true, seed: 7 });
  const files = Object.entries(sampleFiles(sample)).map(([name, text]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') }));
  console.log(`data: ${sample.applications.length} applications, ${sample.categoryScores.length} category scores, ${sample.compliance.length} compliance rows; ` +
    `${(files.reduce((n, f) => n + f.buffer.length, 0) / 1e6).toFixed(1)} MB of CSV (made in ${ms(performance.now() - t)})`);

  // the same pipeline in Node, for reference (no drawing)
  t = performance.now();
  const read = files.map((f) => readCsvFile({ name: f.name, bytes: new Uint8Array(f.buffer) }, 'auto').result);
  const tRead = performance.now() - t;
  const merged = mergeExchange(read.filter((r): r is ReadResult<ExchangeKind> => r !== undefined));
  const tMerge = performance.now() - t - tRead;
  buildView(merged.data, YUNYANG_2022, 2025, 2024, 'material');
  console.log(`node: read ${ms(tRead)}, merge ${ms(tMerge)}, aggregate ${ms(performance.now() - t - tRead - tMerge)}`);

  const out = join(ROOT, 'test-output', 'dashboard-bench-build');
  const { server, url } = await buildAndServe(out);
  const js = readdirSync(out).filter((f) => f.endsWith('.js'));
  const raw = js.reduce((n, f) => n + readFileSync(join(out, f)).length, 0);
  const gz = js.reduce((n, f) => n + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0);
  console.log(`dashboard JavaScript: ${(raw / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzip (target < 300 KB gzip)`);

  const browser = await launch();
  try {
    // all three files; then without category_scores.csv (half a million rows of its own), to show what it costs
    const scenarios = [
      ['all three files', files],
      ['applications + compliance', files.filter((f) => f.name !== 'category_scores.csv')],
    ] as const;
    for (const [label, set] of scenarios) {
      for (let run = 1; run <= 3; run++) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
        await page.goto(url);
        const t0 = Date.now();
        await page.getByTestId('file-input').setInputFiles([...set]);
        await page.waitForFunction(() => document.documentElement.hasAttribute('data-rendered'), undefined, { timeout: 120_000 });
        const wall = Number(await page.locator('html').getAttribute('data-rendered')) - t0;
        const timing = await page.evaluate(() => window.__dashboardTiming!);
        console.log(
          `chromium, ${label}, run ${run}: files to first full render ${ms(timing.total)} (read ${ms(timing.read)}, merge ${ms(timing.merge)}, ` +
            `aggregate ${ms(timing.aggregate)}, render ${ms(timing.render)}); counting the hand-over of the files to the page ${ms(wall)} (target < 1 s)`,
        );
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}
