import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../../scripts/serve-static.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = join(ROOT, 'test-output', 'dashboard');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Build the dashboard into its own folder (so a running `npm start` is left alone) and serve it on localhost. */
export async function buildAndServe(outDir: string): Promise<{ server: Server; url: string }> {
  const r = spawnSync('npx', ['webpack', '--config-name', 'dashboard', '--mode', 'production', '--output-path', outDir], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`dashboard build failed:\n${r.stdout}\n${r.stderr}`);
  return serveStatic(outDir, 0);
}

export function launch(): Promise<Browser> {
  mkdirSync(OUT, { recursive: true });
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}
