import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
// builds go to temporary folders so this test never touches dist/ that other tests or a running server use
const tmp = mkdtempSync(join(tmpdir(), 'scorebook-start-'));
let child: ChildProcess | undefined;

/** Run `npm start`'s script and collect what it prints until it says where the sample workbook is. */
function start(): Promise<{ lines: string[] }> {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      env: { ...process.env, NO_OPEN: '1', PORT: '0', DIST_DIR: join(tmp, 'dist'), OUT_DIR: join(tmp, 'out') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = p;
    let text = '';
    const seen = (chunk: Buffer) => {
      text += chunk.toString();
      if (/Ctrl\+C to stop/.test(text)) ok({ lines: text.split('\n') });
    };
    p.stdout!.on('data', seen);
    p.stderr!.on('data', (c: Buffer) => (text += c.toString()));
    p.on('exit', (code) => fail(new Error(`start exited with ${code} before serving:\n${text}`)));
  });
}

const urlAfter = (lines: string[], label: string): string => {
  const line = lines.find((l) => l.startsWith(label));
  if (!line) throw new Error(`no line "${label}" in:\n${lines.join('\n')}`);
  return line.slice(label.length).trim();
};

describe('npm start on a machine without Excel', () => {
  afterAll(() => {
    if (child?.pid && child.exitCode === null) child.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  });

  it('builds both apps, serves the dashboard and the task pane, and writes a sample workbook that opens', async () => {
    const { lines } = await start();
    const dashboard = urlAfter(lines, 'Dashboard:');
    const pane = urlAfter(lines, 'Excel add-in task pane:');
    const file = urlAfter(lines, 'Sample scoring workbook:');
    expect(dashboard).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dashboard\/$/);
    expect(pane).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/addin\/taskpane\.html$/);
    expect(new URL(pane).port).not.toBe('0');

    const d = await fetch(dashboard);
    expect(d.status).toBe(200);
    const dHtml = await d.text();
    expect(dHtml).toContain('县长质量奖');
    // the dashboard's own script is served next to its page
    const dScript = /src="?([\w.]+\.js)/.exec(dHtml)![1]!;
    expect((await fetch(new URL(dScript, dashboard))).status).toBe(200);

    const t = await fetch(pane);
    expect(t.status).toBe(200);
    const tHtml = await t.text();
    // office.js first, then the pane (the built page's attributes are unquoted)
    expect(tHtml.indexOf('office.js')).toBeGreaterThan(0);
    expect(tHtml.indexOf('taskpane.js')).toBeGreaterThan(tHtml.indexOf('office.js'));
    for (const js of ['office.js', 'taskpane.js']) {
      const r = await fetch(new URL(js, pane));
      expect(r.status, js).toBe(200);
      expect(r.headers.get('content-type'), js).toContain('javascript');
    }
    // the folder without its slash is sent to the slash, or the dashboard's relative links would break
    const bare = await fetch(dashboard.replace(/\/$/, ''), { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/dashboard/');

    expect(file).toBe(join(tmp, 'out', 'sample-workbook.xlsx'));
    expect(existsSync(file)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(['设置', '名单']);
    // the sample roster's reviewers each have a material score sheet
    const reviewers = readFileSync(resolve(root, 'samples/workbook/reviewers.csv'), 'utf8').trim().split(/\r?\n/).length - 1;
    expect(names.filter((n) => n.startsWith('资料-')).length).toBe(reviewers);
  }, 240_000);
});
