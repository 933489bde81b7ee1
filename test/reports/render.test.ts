import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../cli/helpers';

const OUT = resolve('test-output/reports');
const S = 'samples/yunyang-2025';

/** Prints an HTML file to A4 PDF in Debian's Chromium, then to PNG pages for a person to look at. */
async function screenshot(html: string, name: string): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    const pdf = join(OUT, `${name}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, name)]);
  } finally {
    await browser.close();
  }
  const pages: string[] = [];
  for (let i = 1; existsSync(join(OUT, `${name}-${i}.png`)); i++) pages.push(join(OUT, `${name}-${i}.png`));
  console.log(`screenshots: ${pages.join(', ')}`);
  return pages;
}

describe('feedback report and decision memo on the sample year', () => {
  it('Y16.3: the review report goes to each applicant below 500, with remarks merged and no reviewer named', async () => {
    const out = join(tempDir(), 'feedback.html');
    const r = await run(['feedback', '--profile', 'yunyang-2022', '--year', '2025', `${S}/material-entries.csv`, '--comments', `${S}/material-comments.csv`, '--names', `${S}/stage-scores.csv`, '--out', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    // the two sample applicants below 500 (460.00 and 409.25 in stage-scores.csv), and nobody else
    expect(html).toContain('云阳县绿源柑橘专业合作社');
    expect(html).toContain('重庆云阳港航物流有限公司');
    expect(html).not.toContain('重庆云阳盛源食品有限公司');
    expect(html).toContain('资料评审得分 460.00 分，未达到 500 分（含）');
    // two reviewers wrote the same remark on 4.7.1: it appears once; reviewer ids never appear (Z26)
    expect(html.split('结果数据仅有一年，缺少趋势和对比').length - 1).toBe(1);
    expect(html).not.toMatch(/R0\d/);
    expect(await screenshot(out, 'feedback')).toHaveLength(2);
  }, 60_000);

  it('Y16.9: the decision memo is one A4 page with candidates, outcomes with clauses and the sensitivity check', async () => {
    const out = join(tempDir(), 'memo.html');
    const r = await run(['memo', '--profile', 'yunyang-2022', '--year', '2025', `${S}/stage-scores.csv`, '--material-entries', `${S}/material-entries.csv`, '--site-entries', `${S}/site-entries.csv`, '--out', out]);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('推荐候选单位 2 家：重庆云阳盛源食品有限公司、云阳县恒达建材有限责任公司');
    expect(html).toContain('资料评审权重减 10 个百分点（资料 10% / 现场 90%）');
    expect(html).toContain('消除评审员宽严差异');
    expect(html).toContain('不改变正式结果');
    expect(await screenshot(out, 'memo')).toHaveLength(1);
  }, 60_000);

  it('memo without --year is refused with exit 2', async () => {
    const r = await run(['memo', '--profile', 'yunyang-2022', `${S}/stage-scores.csv`, '--out', join(tempDir(), 'm.html')]);
    expect(r.code).toBe(2);
  });
});
