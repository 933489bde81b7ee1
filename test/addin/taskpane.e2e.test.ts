import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../core/eligibility/credit-code';

const root = resolve(__dirname, '../..');
const out = resolve(root, 'test-output/addin');
const dist = resolve(out, 'dist');
const shots = out;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png' };

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

const code = (n: number) => {
  const first = `91500235MA${String(n).padStart(7, '0')}`;
  return first + creditCodeCheckChar(first);
};

// applicants.csv as a secretariat saves it: Chinese headers, UTF-8 with a BOM; one applicant founded too late (Y11.1)
const applicantsCsv =
  '\uFEFF统一社会信用代码,单位名称,行业,乡镇街道,成立日期,推荐单位,组织简介字数,自评报告字数\n' +
  [1, 2, 3, 4]
    .map((i) => `${code(i)},云阳测试企业${i}有限公司,制造业,青龙街道,${i === 4 ? '2024-01-01' : '2010-05-01'},县经信委,2000,40000`)
    .join('\n');
const poolCsv =
  '\uFEFF评审员编号,姓名,专业,证书编号,任职单位\n' + Array.from({ length: 6 }, (_, i) => `E${i + 1},专家${i + 1},制造业,CQA-${100 + i},重庆某大学`).join('\n');

let browser: Browser;
let page: Page;
let server: Server;
let base = '';
let fakeScript = '';

/** A fresh pane over a fresh fake workbook; `query` sets the fake's language, API version or host. */
async function openPane(query = '', locale = 'zh-CN'): Promise<Page> {
  const p = await browser.newPage({ viewport: { width: 420, height: 900 }, locale });
  await p.addInitScript({ content: fakeScript });
  // the real office.js would replace the fake: the page gets an empty one
  await p.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '/* Office is the fake */' }));
  await p.goto(`${base}/taskpane.html${query}`);
  return p;
}

/** Step 1 of a fresh pane: the 2025 Yunyang year with its set-up and roster sheets. */
async function startYear(p: Page) {
  await p.getByLabel('年度').fill('2025');
  await p.getByRole('button', { name: '开始 / 更新设置表与名单表' }).click();
  await p.getByText(/已写入 2 张工作表/).waitFor();
}

async function importApplicants(p: Page) {
  await p.getByTestId('applicants-csv').setInputFiles({ name: 'applicants.csv', mimeType: 'text/csv', buffer: Buffer.from(applicantsCsv) });
  await p.getByText(/从 applicants.csv 导入 4 条/).waitFor();
}

async function importPool(p: Page, csv: string, count: number) {
  await p.getByTestId('pool-csv').setInputFiles({ name: 'pool.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await p.getByText(new RegExp(`从 pool.csv 导入 ${count} 条`)).waitFor();
}

async function shot(name: string) {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

async function openStep(label: RegExp) {
  const header = page.getByRole('button', { name: label });
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
}

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  const r = spawnSync('npx', ['webpack', '--config-name', 'addin', '--mode', 'production', '--output-path', dist], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`webpack failed:\n${r.stdout}\n${r.stderr}`);
  const fake = await build({ entryPoints: [resolve(__dirname, 'fake-office.ts')], bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2022' });
  fakeScript = fake.outputFiles[0]!.text;
  const s = await serve(dist);
  server = s.server;
  base = s.url;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the task pane in Chromium with the fake standing in for Office, in Chinese', () => {
  beforeAll(async () => {
    page = await openPane();
  });

  it('walks steps 1-8 as a secretariat would and saves screenshots', async () => {
    await expect(page.getByRole('heading', { name: /县长质量奖评审/ })).toBeTruthy();
    const names = () => page.evaluate(() => (window as unknown as { __fake: { sheetNames(): string[] } }).__fake.sheetNames());

    // 1 start a year, import applicants and the expert pool
    await page.getByLabel('年度').fill('2025');
    await page.getByRole('button', { name: '开始 / 更新设置表与名单表' }).click();
    await page.getByText(/已写入 2 张工作表/).waitFor();
    expect(await names()).toEqual(expect.arrayContaining(['设置', '名单', 'Scorebook 日志']));
    await page.getByTestId('applicants-csv').setInputFiles({ name: 'applicants.csv', mimeType: 'text/csv', buffer: Buffer.from(applicantsCsv) });
    await page.getByText(/从 applicants.csv 导入 4 条/).waitFor();
    await page.getByTestId('pool-csv').setInputFiles({ name: 'pool.csv', mimeType: 'text/csv', buffer: Buffer.from(poolCsv) });
    await page.getByText(/从 pool.csv 导入 6 条/).waitFor();
    await shot('1-start');

    // 2 eligibility: the applicant founded in 2024 is out (Y11.1)
    await openStep(/2 资格审查/);
    await page.getByLabel('申报截止日期').fill('2025-06-30');
    await page.getByRole('button', { name: '审查资格' }).click();
    await page.getByText('云阳测试企业4有限公司').waitFor();
    expect(await page.locator('.eligibility li').count()).toBe(4);
    expect(await page.locator('.eligibility li', { hasText: '云阳测试企业4有限公司' }).innerText()).toMatch(/不符合条件[\s\S]*Y11\.1/);
    // the findings are written beside the roster as a sheet from core/workbook
    await page.waitForFunction(() => (window as unknown as { __fake: { sheetNames(): string[] } }).__fake.sheetNames().includes('资格审查'));
    const cellOf = (c: string) => page.evaluate((a) => (window as unknown as { __fake: { value(s: string, c: string): unknown } }).__fake.value('资格审查', a), c);
    const sheetRows = await Promise.all([4, 5, 6, 7, 8].map(async (r) => [await cellOf(`B${r}`), await cellOf(`C${r}`), await cellOf(`D${r}`)]));
    expect(sheetRows).toContainEqual(['云阳测试企业4有限公司', '不符合条件', 'Y11.1']);
    expect(sheetRows).toContainEqual(['云阳测试企业1有限公司', '符合条件', '']);
    await shot('2-eligibility');

    // 3 draw the panels from a published seed
    await openStep(/3 抽取评审组/);
    await page.getByLabel('随机种子（公开，可复现）').fill('20251001');
    await page.getByRole('button', { name: '抽取并写入名单' }).click();
    await page.locator('pre.draw', { hasText: '20251001' }).waitFor();
    // the ineligible applicant gets no panel
    const drawText = await page.locator('pre.draw').innerText();
    expect(drawText).toContain('不符合申报条件，未抽取评审组: 云阳测试企业4有限公司');
    expect(drawText.split('\n').filter((l) => l.includes('←')).join('\n')).not.toContain('云阳测试企业4有限公司');
    // and leaves the roster, so it is neither scored nor ranked (its record stays in the eligibility sheet)
    const rosterNames = await page.evaluate(() => [4, 5, 6, 7].map((r) => (window as unknown as { __fake: { value(s: string, c: string): unknown } }).__fake.value('名单', `B${r}`)));
    expect(rosterNames).toEqual(['云阳测试企业1有限公司', '云阳测试企业2有限公司', '云阳测试企业3有限公司', '']);
    await shot('3-draw');

    // 4 score sheets of the material review
    await openStep(/4 生成评分表/);
    await page.getByRole('button', { name: '生成评分表', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __fake: { sheetNames(): string[] } }).__fake.sheetNames().some((n) => n.startsWith('资料-')));
    const scoreSheets = (await names()).filter((n) => n.startsWith('资料-'));
    expect(scoreSheets.length).toBe(3);
    await shot('4-score-sheets');

    // reviewers type; one pastes text that Excel's validation never saw
    const filled = await page.evaluate(() => (window as unknown as { __fake: { fillScores(p: string, f: () => number): number } }).__fake.fillScores('资料-', () => 70));
    expect(filled).toBeGreaterThan(0);
    const pasted = await page.evaluate((sheet) => {
      const f = (window as unknown as { __fake: { wb: { sheet(n: string): { cells: Map<string, { locked: boolean; numberFormat: string }> } }; type(s: string, c: string, v: string): void } }).__fake;
      const cell = [...f.wb.sheet(sheet).cells].find(([, c]) => !c.locked && c.numberFormat === '0')![0];
      f.type(sheet, cell, '七十');
      return { sheet, cell };
    }, scoreSheets[0]!);

    // 5 check entries: the pasted text is listed at its cell; clicking it selects the cell
    await openStep(/5 检查录入/);
    await page.getByRole('button', { name: '检查全部录入', exact: true }).click();
    const item = page.locator('.issue.invalid', { hasText: pasted.cell }).first();
    await item.waitFor();
    expect(await item.innerText()).toContain(pasted.sheet);
    await shot('5-check');
    await item.getByRole('button').click();
    await page.waitForFunction(() => (window as unknown as { __fake: { selected(): unknown } }).__fake.selected() !== null);
    expect(await page.evaluate(() => (window as unknown as { __fake: { selected(): unknown } }).__fake.selected())).toEqual({ sheet: pasted.sheet, address: pasted.cell });

    // 6 consensus sheet of the material review
    await openStep(/6 合议/);
    await page.getByRole('button', { name: '生成合议表', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __fake: { sheetNames(): string[] } }).__fake.sheetNames().includes('资料评审合议'));
    await shot('6-consensus');

    // 7 results
    await openStep(/7 评审结果/);
    await page.getByRole('button', { name: '生成评审结果表', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __fake: { sheetNames(): string[] } }).__fake.sheetNames().includes('评审结果'));
    await shot('7-results');

    // 8 export: the CSV text to copy and the same lines in a sheet
    await openStep(/8 导出给领导看板/);
    await page.getByRole('button', { name: '导出 CSV', exact: true }).click();
    const box = page.getByLabel('applications.csv');
    await box.waitFor();
    const text = await box.inputValue();
    expect(text.split('\n')[0]).toBe('year,applicant_id,name,industry,town,material,site,defense,score,rank,outcome,awarded,prize');
    expect(text).toContain(code(1));
    // the applicant found ineligible in step 2 still counts as having applied, with its outcome
    const row4 = text.split('\n').find((l) => l.startsWith(`2025,${code(4)},`))!;
    expect(row4.split(',').slice(2)).toEqual(['云阳测试企业4有限公司', '制造业', '青龙街道', '', '', '', '', '', 'ineligible', 'no', '0']);
    expect(await page.evaluate(() => (window as unknown as { __fake: { value(s: string, c: string): unknown } }).__fake.value('导出 applications.csv', 'A1'))).toBe(
      'year,applicant_id,name,industry,town,material,site,defense,score,rank,outcome,awarded,prize',
    );
    await expect(page.getByRole('link', { name: /下载 applications.csv/ }).getAttribute('download')).resolves.toBe('applications.csv');
    await shot('8-export');
  }, 180_000);
});

type Focused = { tag: string; text: string; expanded: string | null; numeric: boolean };
const focused = (p: Page) =>
  p.evaluate((): Focused => {
    const e = document.activeElement as HTMLElement;
    return { tag: e.tagName, text: (e.innerText ?? '').trim(), expanded: e.getAttribute('aria-expanded'), numeric: e.getAttribute('inputmode') === 'numeric' };
  });

describe('language and keyboard', () => {
  it('follows an English Office: step 1 in English, the notes in English', async () => {
    const p = await openPane('?lang=en-US', 'en-US');
    await p.getByRole('heading', { name: 'Scorebook: county quality award' }).waitFor();
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    const headers = await p.locator('.fui-AccordionHeader button').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual(['1 Start an award year', '2 Eligibility', '3 Draw the panels', '4 Build score sheets', '5 Check entries', '6 Consensus', '7 Results', '8 Export for the dashboard']);
    await p.getByLabel('Year').fill('2025');
    await p.getByRole('button', { name: 'Start / update set-up and roster' }).click();
    // an English Office gets English sheet names too (the workbook input's language)
    await p.getByText('wrote 2 sheet(s): Set-up, Roster').waitFor();
    await p.getByTestId('applicants-csv').setInputFiles({ name: 'applicants.csv', mimeType: 'text/csv', buffer: Buffer.from(applicantsCsv) });
    await p.getByText('imported 4 row(s) from applicants.csv').waitFor();
    // the long English profile name stays inside the pane's width (Office gives a narrow pane)
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await p.screenshot({ path: join(shots, 'en-1-start.png'), fullPage: true });
    await p.close();
  }, 60_000);

  it('every step is reachable with Tab and opened with Enter; a year is started without the mouse', async () => {
    const p = await openPane();
    await p.getByRole('heading', { name: /县长质量奖评审/ }).waitFor();
    const tabTo = async (want: (f: Focused) => boolean, what: string) => {
      for (let i = 0; i < 60; i++) {
        await p.keyboard.press('Tab');
        if (want(await focused(p))) return;
      }
      throw new Error(`Tab never reached ${what}`);
    };
    // step 1 by keyboard alone: the year field, then the start button with Enter
    await tabTo((f) => f.tag === 'INPUT' && f.numeric, 'the year field');
    await p.keyboard.press('ControlOrMeta+A');
    await p.keyboard.type('2025');
    await tabTo((f) => f.tag === 'BUTTON' && f.text === '开始 / 更新设置表与名单表', 'the start button');
    await p.keyboard.press('Enter');
    await p.getByText(/已写入 2 张工作表/).waitFor();
    expect(await p.evaluate(() => (window as unknown as { __fake: { sheetNames(): string[] } }).__fake.sheetNames())).toEqual(expect.arrayContaining(['设置', '名单']));

    // every header, in order, gets the focus and opens with Enter; every enabled button on the way is reached
    const reached = new Set<string>();
    for (const n of [2, 3, 4, 5, 6, 7, 8]) {
      await tabTo((f) => {
        if (f.tag === 'BUTTON') reached.add(f.text);
        return f.tag === 'BUTTON' && f.text.startsWith(`${n} `);
      }, `the header of step ${n}`);
      expect((await focused(p)).expanded).toBe('false');
      await p.keyboard.press('Enter');
      expect((await focused(p)).expanded).toBe('true');
    }
    // after the last header: through step 8's panel to the end of the page
    for (let i = 0; i < 10; i++) {
      await p.keyboard.press('Tab');
      const f = await focused(p);
      if (f.tag === 'BUTTON') reached.add(f.text);
    }
    const enabled = (await p.locator('.step button:not([disabled])').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    expect(enabled.length).toBeGreaterThanOrEqual(6);
    for (const b of enabled) expect(reached, b).toContain(b);
    await p.close();
  }, 60_000);

  it('an Excel with ExcelApi 1.8 only: the sheets are written and the pane says print setup was left out', async () => {
    const p = await openPane('?excelapi=1.8');
    await startYear(p);
    await p.getByText(/不支持 ExcelApi 1\.9（页面设置）/).waitFor();
    await p.screenshot({ path: join(shots, 'excelapi-1.8.png'), fullPage: true });
    await p.close();
  }, 60_000);

  it('outside Excel (a plain browser, npm start) the pane shows itself with a notice', async () => {
    const p = await openPane('?host=none');
    await p.getByText(/当前不在 Excel 中/).waitFor();
    await p.close();
  }, 60_000);
});

describe('adjusting the drawn panels', () => {
  it('YR4.1: a change that puts a reviewer on an applicant they work for is refused and nothing is written; a clean change is', async () => {
    const p = await openPane();
    await startYear(p);
    await importApplicants(p);
    // E7 works for applicant 1 and reviews food, so the draw (of 制造业 groups) never picks E7
    const pool = poolCsv + `\nE7,专家7,食品,CQA-107,云阳测试企业1有限公司`;
    await importPool(p, pool, 7);
    await p.getByRole('button', { name: /3 抽取评审组/ }).click();
    await p.getByLabel('随机种子（公开，可复现）').fill('20251001');
    await p.getByRole('button', { name: '抽取并写入名单' }).click();
    const box = p.getByTestId('panel-text');
    await box.waitFor();
    const drawn = (await box.inputValue()).split('\n');
    expect(drawn[0]).toBe('评审员编号\t统一社会信用代码\t阶段');
    // 4 applicants x 3 reviewers x 2 stages
    expect(drawn).toHaveLength(1 + 4 * 3 * 2);
    const rosterRows = () => p.evaluate(() => Array.from({ length: 30 }, (_, i) => (window as unknown as { __fake: { value(s: string, c: string): unknown } }).__fake.value('名单', `I${i + 4}`)).filter((v) => v !== '' && v !== null));
    const before = await rosterRows();

    // line 2 (the first after the header) becomes E7 on applicant 1
    const first = drawn[1]!.split('\t');
    expect(first[1]).toBe(code(1));
    await box.fill([drawn[0], ['E7', first[1], first[2]].join('\t'), ...drawn.slice(2)].join('\n'));
    await p.getByRole('button', { name: '检查并写入调整' }).click();
    await p.getByText('文件 调整后的评审组 第 2 行：专家7 须回避 云阳测试企业1有限公司：任职（YR4.1），不能安排其评审').waitFor();
    expect(await rosterRows()).toEqual(before);

    // a reviewer the draw left out replaces the first one: no conflict, groups stay at 3
    const used = new Set(drawn.slice(1).filter((l) => l.split('\t')[1] === code(1)).map((l) => l.split('\t')[0]));
    const spare = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'].find((e) => !used.has(e))!;
    await box.fill([drawn[0], [spare, first[1], first[2]].join('\t'), ...drawn.slice(2)].join('\n'));
    await p.getByRole('button', { name: '检查并写入调整' }).click();
    await p.waitForFunction((s) => Array.from({ length: 30 }, (_, i) => (window as unknown as { __fake: { value(s: string, c: string): unknown } }).__fake.value('名单', `I${i + 4}`)).includes(s), spare);
    expect(await rosterRows()).toContain(spare);
    await p.close();
  }, 60_000);
});

describe('pasting the roster from a sheet', () => {
  it('rows copied from Excel (tab-separated, Chinese headers) are read like the CSV; a bad cell is named by row and column', async () => {
    const p = await openPane();
    await startYear(p);
    // what a clipboard holds after copying A1:H3 of a sheet: tabs between cells, CRLF between rows
    const rows = [
      ['统一社会信用代码', '单位名称', '行业', '乡镇街道', '成立日期', '推荐单位', '组织简介字数', '自评报告字数'],
      [code(1), '云阳粘贴企业甲有限公司', '制造业', '青龙街道', '2010-05-01', '县经信委', '2000', '40000'],
      [code(2), '云阳粘贴企业乙有限公司', '食品', '双江街道', '2012-03-01', '县经信委', '2000', '40000'],
    ];
    await p.getByTestId('applicants-paste').fill(rows.map((r) => r.join('\t')).join('\r\n'));
    await p.getByRole('button', { name: '读入粘贴的申报单位' }).click();
    await p.getByText('从 粘贴内容 导入 2 条').waitFor();
    const roster = await p.evaluate(() => [4, 5].map((r) => (window as unknown as { __fake: { value(s: string, c: string): unknown } }).__fake.value('名单', `B${r}`)));
    expect(roster).toEqual(['云阳粘贴企业甲有限公司', '云阳粘贴企业乙有限公司']);

    // a founding date that is no date: its row (3, counting the header) and column (E) are named
    await p.getByTestId('applicants-paste').fill(rows.map((r, i) => (i === 2 ? [...r.slice(0, 4), '2012-13-01', ...r.slice(5)] : r).join('\t')).join('\r\n'));
    await p.getByRole('button', { name: '读入粘贴的申报单位' }).click();
    const msg = p.getByText(/粘贴内容 第 3 行 E 列/);
    await msg.first().waitFor();
    await p.close();
  }, 60_000);
});

describe('reviewer files in the pane (exceljs loaded on demand)', () => {
  it('distributes one file per reviewer as downloads, and reads a filled one back into its score sheet', async () => {
    const p = await openPane();
    await startYear(p);
    await importApplicants(p);
    await importPool(p, poolCsv, 6);
    await p.getByRole('button', { name: /3 抽取评审组/ }).click();
    await p.getByLabel('随机种子（公开，可复现）').fill('20251001');
    await p.getByRole('button', { name: '抽取并写入名单' }).click();
    await p.locator('pre.draw', { hasText: '20251001' }).waitFor();
    await p.getByRole('button', { name: /4 生成评分表/ }).click();
    await p.getByRole('button', { name: '生成评分表', exact: true }).click();
    await p.waitForFunction(() => (window as unknown as { __fake: { sheetNames(): string[] } }).__fake.sheetNames().some((n) => n.startsWith('资料-')));

    await p.getByRole('button', { name: '分发评审员文件' }).click();
    await p.getByText(/已生成 \d+ 个评审员文件/).waitFor();
    const links = p.locator('.reviewer-files a');
    const scoreSheets = (await p.evaluate(() => (window as unknown as { __fake: { sheetNames(): string[] } }).__fake.sheetNames())).filter((n) => n.startsWith('资料-'));
    expect(await links.count()).toBe(scoreSheets.length);
    const name = (await links.first().getAttribute('download'))!;
    expect(name).toMatch(/^2025-资料评审-E\d-专家\d\.xlsx$/);
    await p.screenshot({ path: join(shots, '4-reviewer-files.png'), fullPage: true });

    // the reviewer's copy, as the browser would save it, filled in outside Excel
    const href = (await links.first().getAttribute('href'))!;
    const bytes = Buffer.from(await p.evaluate(async (u) => Array.from(new Uint8Array(await (await fetch(u)).arrayBuffer())), href));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets.find((w) => w.name.startsWith('资料-'))!;
    const cells: string[] = [];
    // the empty entry cells: unlocked, whole-number format (as the plan makes them)
    sheet.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        if (c.protection?.locked === false && c.numFmt === '0') {
          c.value = 70;
          cells.push(c.address);
        }
      }),
    );
    expect(cells.length).toBeGreaterThan(0);
    const filled = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);

    await p.getByTestId('returned-files').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: filled });
    await p.getByText('收回 1 个文件：收入 1 个，待确认 0 个，拒收 0 个').waitFor();
    const values = await p.evaluate(
      ({ s, cs }) => cs.map((c) => (window as unknown as { __fake: { value(s: string, c: string): unknown } }).__fake.value(s, c)),
      { s: sheet.name, cs: cells },
    );
    expect(values).toEqual(cells.map(() => 70));
    await p.screenshot({ path: join(shots, '4-collected.png'), fullPage: true });
    await p.close();
  }, 120_000);
});
