import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGbk } from './gbk';
import { buildAndServe, launch, OUT, ROOT } from './browser';
import { FIXTURES } from './load-fixtures';

let server: Server;
let url: string;
let browser: Browser;
const shots: string[] = [];

beforeAll(async () => {
  ({ server, url } = await buildAndServe(join(ROOT, 'test-output', 'dashboard-build')));
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (shots.length) console.log(`dashboard screenshots:\n${shots.map((s) => '  ' + s).join('\n')}`);
});

async function open(query = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url + query);
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

async function rendered(page: Page, after = 0): Promise<void> {
  await page.waitForFunction((t) => Number(document.documentElement.getAttribute('data-rendered') ?? 0) > t, after, { timeout: 20_000 });
}

async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  const path = join(OUT, name);
  await page.screenshot({ path, fullPage });
  shots.push(path);
}

const heading = (page: Page, chart: string) => page.locator(`[data-chart="${chart}"] h3`).innerText();
const tableRow = (page: Page, chart: string, first: string) =>
  page.locator(`[data-chart="${chart}"] tbody tr`).filter({ has: page.locator('th', { hasText: new RegExp(`^${first}$`) }) }).locator('th, td').allInnerTexts();

/** The hand-made files a secretariat would bring: 2024 saved as GBK by Chinese Excel, the rest UTF-8. */
function handMadeFiles() {
  const text = (n: string) => readFileSync(join(FIXTURES, n));
  return [
    { name: 'applications-2024.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeGbk(readFileSync(join(FIXTURES, 'applications-2024.csv'), 'utf8'))) },
    { name: 'applications-2025.csv', mimeType: 'text/csv', buffer: text('applications-2025.csv') },
    { name: 'category-scores.csv', mimeType: 'text/csv', buffer: text('category-scores.csv') },
    { name: 'compliance.csv', mimeType: 'text/csv', buffer: text('compliance.csv') },
  ];
}

describe('dashboard in Chromium', () => {
  it('loads the ten-year sample with one click and states the findings it shows', async () => {
    const page = await open();
    await expect(page.getByText('尚未载入数据').isVisible()).resolves.toBe(true);
    await page.getByTestId('load-sample').click();
    await rendered(page);
    // counted from the sample file by plain splitting, independently of the reader: rows of 2025 and 2024 awarded yes
    const lines = readFileSync(join(ROOT, 'dashboard/sample/applications.csv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean);
    const count = (y: string, pred: (cells: string[]) => boolean) => lines.map((l) => l.split(',')).filter((c) => c[0] === y && pred(c)).length;
    const won25 = count('2025', (c) => c[11] === 'yes');
    const won24 = count('2024', (c) => c[11] === 'yes');
    const applied25 = count('2025', () => true);
    const change = won25 === won24 ? '较上年持平' : `较上年${won25 > won24 ? '增加' : '减少'} ${Math.abs(won25 - won24)} 家`;
    expect(await heading(page, 'applicants')).toBe(`2025 年获奖 ${won25} 家，${change}`);
    expect((await tableRow(page, 'applicants', '2025'))[1]).toBe(String(applied25));
    expect(await page.locator('[data-file="applications.csv"]').innerText()).toContain(`${lines.length} 行`);
    // the vacant year of the sample reads as vacant
    expect(count('2019', (c) => c[11] === 'yes')).toBe(0);
    expect((await tableRow(page, 'applicants', '2019'))[4]).toBe('0');
    expect(await page.locator('canvas[role="img"]').count()).toBe(10);
    expect(await page.locator('[data-chart="applicants"] canvas').getAttribute('aria-label')).toContain('历年申报、终评与获奖');
    await shot(page, 'sample-zh.png');
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
    await page.close();
  });

  it('?sample=1 loads the sample at once', async () => {
    const page = await open('?sample=1');
    await rendered(page);
    expect(await page.locator('[data-section]').count()).toBe(4);
    await page.close();
  });

  it('reads hand-made files (GBK, BOM, Chinese headers, full-width digits, a line break in a name) and shows the numbers worked out by hand', async () => {
    const page = await open();
    await page.getByTestId('file-input').setInputFiles(handMadeFiles());
    await rendered(page);
    expect(await page.locator('[data-file="applications-2024.csv"]').innerText()).toContain('4 行 · GB18030');
    expect(await page.locator('[data-file="applications-2025.csv"]').innerText()).toContain('5 行 · UTF-8');
    expect(await page.locator('.problems').count()).toBe(0);
    // fixtures worked by hand in trends.test.ts: 2025 awarded 2 vs 1 in 2024
    expect(await heading(page, 'applicants')).toBe('2025 年获奖 2 家，较上年增加 1 家');
    expect(await heading(page, 'funnel')).toBe('2025 年申报 5 家，通过资料评审 3 家，进入终评 3 家，获奖 2 家');
    // funnel: applied 5 (100 %), passed 3 (60.0 %); 2024: 4, 3 (75.0 %)
    expect(await tableRow(page, 'funnel', '通过资料评审')).toEqual(['通过资料评审', '3', '60.0%', '3', '75.0%']);
    expect(await heading(page, 'material')).toBe('2025 年资料评审 4 家中 3 家达到 500 分线');
    expect(await heading(page, 'categories')).toBe('2025 年资料评审最弱类目：4.7 经营结果（平均得分率 63.3%）');
    expect(await heading(page, 'reports')).toBe('2025 年年度自评报告应交 3 份：按时 1、逾期 1、未交 1');
    expect(await tableRow(page, 'revocations', '2025')).toEqual(['2025', '1', '1', '1', '1', '1']);
    // KPI: direction by arrow and words, not colour alone
    expect(await page.locator('[data-kpi="awarded"]').innerText()).toMatch(/2\s*▲\s*较 2024 年 上升 1/);
    expect(await page.locator('[data-kpi="onTimeRate"]').innerText()).toMatch(/33\.3\s*▼\s*较 2024 年 下降 66\.7/);
    expect(await page.locator('[data-kpi="prize"]').innerText()).toMatch(/10\s*＝\s*较 2024 年 持平/);
    await shot(page, 'hand-made-2025.png');

    // switch years: 2024 has no year before it loaded, so nothing is compared until a year is chosen
    const before = Number(await page.locator('html').getAttribute('data-rendered'));
    await page.getByTestId('year').selectOption('2024');
    await rendered(page, before);
    expect(await heading(page, 'applicants')).toBe('2024 年获奖 1 家');
    expect(await page.locator('[data-kpi="applied"]').innerText()).toContain('未选对比年度');
    const b2 = Number(await page.locator('html').getAttribute('data-rendered'));
    await page.getByTestId('compare').selectOption('2025');
    await rendered(page, b2);
    expect(await heading(page, 'applicants')).toBe('2024 年获奖 1 家，较 2025 年减少 1 家');
    // 2024 material: 620, 540, 499.99, 505 -> 3 of 4 at 500 or more (499.99 is below)
    expect(await heading(page, 'material')).toBe('2024 年资料评审 4 家中 3 家达到 500 分线');
    expect(await tableRow(page, 'material', '450–500')).toEqual(['450–500', '1', '否']);
    await shot(page, 'hand-made-2024-vs-2025.png');

    // English
    const b3 = Number(await page.locator('html').getAttribute('data-rendered'));
    await page.getByTestId('lang').click();
    await rendered(page, b3);
    expect(await heading(page, 'applicants')).toBe('1 awarded in 2024, 1 fewer than 2025');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.close();
  });

  it('exports a chart as a PNG on a white background', async () => {
    const page = await open('?sample=1');
    await rendered(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="prize"]').click()]);
    expect(download.suggestedFilename()).toBe('prize-2025.png');
    const path = join(OUT, 'export-prize-2025.png');
    await download.saveAs(path);
    shots.push(path);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // the corner (no chart drawn there) must be opaque white, not transparent
    const corner = await page.evaluate(async (b64) => {
      const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(1, img.height - 2, 1, 1).data, img.width];
    }, bytes.toString('base64'));
    expect(corner.slice(0, 4)).toEqual([255, 255, 255, 255]);
    expect(corner[4]).toBeGreaterThan(200);
    await page.close();
  });

  it('opens the print layout: A4 landscape, one page per section', async () => {
    const page = await open('?sample=1');
    await rendered(page);
    await page.getByTestId('print-view').click();
    await expect(page.locator('.print-view').count()).resolves.toBe(1);
    await expect(page.getByTestId('load-sample').count()).resolves.toBe(0);
    await shot(page, 'print-view.png');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pdfPath = join(OUT, 'print.pdf');
    writeFileSync(pdfPath, pdf);
    shots.push(pdfPath);
    // poppler's pdfinfo reads the PDF independently of the browser that wrote it
    const info = spawnSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Pages:\s+4\n/);
    // A4 landscape: 297 x 210 mm = 841.89 x 595.28 points
    expect(info).toMatch(/Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    await page.close();
  });

  it('a broken file shows its message with file, row and column, and the other files still load', async () => {
    const page = await open();
    const files = [
      ...handMadeFiles(),
      { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from('year,applicant_id,outcome\n2025,X,candidate\n') },
      { name: 'bad-row.csv', mimeType: 'text/csv', buffer: Buffer.from('year,applicant_id,material,outcome,awarded\n2023,Y1,五百,candidate,yes\n2023,Y2,480,below_material_cutoff,否\n') },
      { name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('姓名,电话\n张三,123\n') },
    ];
    await page.getByTestId('file-input').setInputFiles(files);
    await rendered(page);
    const alert = await page.getByRole('alert').innerText();
    expect(alert).toContain('文件 broken.csv 第 1 行：缺少列“awarded”');
    expect(alert).toContain('文件 bad-row.csv 第 2 行 C 列（material）：“五百”不是数字');
    expect(alert).toContain('文件 notes.csv 第 1 行：无法识别文件类型');
    expect(await page.locator('[data-file="broken.csv"]').innerText()).toContain('未能使用');
    // the good row of bad-row.csv is used: 2023 now has one applicant
    expect(await page.getByTestId('year').locator('option').allInnerTexts()).toEqual(['2025', '2024', '2023']);
    expect(await heading(page, 'applicants')).toBe('2025 年获奖 2 家，较上年增加 1 家');
    await shot(page, 'broken-files.png', false);
    await page.close();
  });
});
