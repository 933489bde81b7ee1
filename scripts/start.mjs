// `npm start`, on any machine, with or without Excel: builds the dashboard and the Excel add-in, serves both from one
// local server (the dashboard at /dashboard/, the task pane at /addin/taskpane.html), and writes a sample scoring
// workbook from the sample roster through the same code as `scorebook workbook`, so a person without the add-in
// still has the file reviewers would fill.
//   PORT=8080 npm start        a fixed port (default: 8080, or a free one if that is taken; PORT=0: a free one)
//   NO_OPEN=1 npm start        do not try to open a browser
//   DIST_DIR=… OUT_DIR=…       build into and write the sample to other folders (the start test uses temporary ones)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve-static.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(process.env.DIST_DIR || join(root, 'dist'));
const outDir = resolve(process.env.OUT_DIR || join(root, 'out'));

function build(name) {
  console.log(`building ${name} ...`);
  const r = spawnSync('npx', ['webpack', '--config-name', name, '--mode', 'production', '--output-path', join(dist, name)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${name}: the build failed`);
    process.exit(r.status ?? 1);
  }
}

/** The sample roster of samples/workbook as a scoring workbook, written by the command line itself. */
function sampleWorkbook() {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, 'sample-workbook.xlsx');
  const s = (f) => join(root, 'samples/workbook', f);
  const args = ['bin/scorebook.mjs', 'workbook', '--profile', 'yunyang-2022', '--year', '2025', s('applicants.csv'), s('reviewers.csv'), s('assignments.csv'), '--out', file];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0 || !existsSync(file)) {
    // the servers are still worth having: say what went wrong and go on
    console.error(`the sample workbook was not written:\n${r.stdout}${r.stderr}`);
    return null;
  }
  return file;
}

/** Open a URL in the desktop's browser if there is one; a server without a desktop just prints the URL. */
function openBrowser(url) {
  if (process.env.NO_OPEN || process.env.CI) return;
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    const p = spawn(cmd, args, { stdio: 'ignore', detached: true });
    p.on('error', () => {});
    p.unref();
  } catch {
    // no browser here: the URL is printed
  }
}

build('dashboard');
build('addin');
const workbook = sampleWorkbook();
// the server's root page points at the two apps and the sample file
const escape = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
writeFileSync(
  join(dist, 'index.html'),
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Scorebook</title></head><body>
<h1>Scorebook 县长质量奖</h1>
<ul>
<li><a href="dashboard/?sample=1">领导看板 Dashboard</a></li>
<li><a href="addin/taskpane.html">Excel 加载项任务窗格 Excel add-in task pane</a>（在 Excel 中旁加载 manifest.xml 后使用 / sideload manifest.xml into Excel to use it）</li>
${workbook ? `<li>示例评分工作簿 Sample scoring workbook: <code>${escape(workbook)}</code></li>` : ''}
</ul></body></html>\n`,
);
const wanted = Number(process.env.PORT ?? 8080);
let served;
try {
  served = await serveStatic(dist, wanted);
} catch {
  served = await serveStatic(dist, 0);
}
const dashboard = `${served.url}dashboard/`;
const sampleUrl = `${dashboard}?sample=1`;
console.log(`\nScorebook: ${served.url}`);
console.log(`Dashboard: ${dashboard}`);
console.log(`With the ten-year sample loaded: ${sampleUrl}`);
console.log(`Excel add-in task pane: ${served.url}addin/taskpane.html`);
console.log('  (outside Excel the pane only shows itself; sideload manifest.xml into Excel to use it, see README)');
if (workbook) console.log(`Sample scoring workbook: ${workbook}`);
console.log('Ctrl+C to stop.');
openBrowser(sampleUrl);
