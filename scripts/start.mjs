// `npm start`: build the dashboard and serve it on localhost with the sample one click away (or already loaded,
// with ?sample=1). Other apps can add their build and server here.
//   PORT=8080 npm start        a fixed port (default: 8080, or a free one if that is taken)
//   NO_OPEN=1 npm start        do not try to open a browser
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serve-static.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function build(name) {
  console.log(`building ${name} ...`);
  const r = spawnSync('npx', ['webpack', '--config-name', name, '--mode', 'production'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`${name}: the build failed`);
    process.exit(r.status ?? 1);
  }
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
const wanted = Number(process.env.PORT ?? 8080);
let served;
try {
  served = await serveStatic(join(root, 'dist/dashboard'), wanted);
} catch {
  served = await serveStatic(join(root, 'dist/dashboard'), 0);
}
const sampleUrl = `${served.url}?sample=1`;
console.log(`\nDashboard: ${served.url}`);
console.log(`With the ten-year sample loaded: ${sampleUrl}`);
console.log('Ctrl+C to stop.');
openBrowser(sampleUrl);
