#!/usr/bin/env node
// The command line is core's TypeScript, so there is no build step to forget. It runs from a bundle that esbuild
// makes on first use in node_modules/.cache/scorebook-cli/ and makes again whenever any file of core/ has changed
// (a stamp of every file's path, size and time names the bundle, so a stale one is never run); this starts in about
// a tenth of a second instead of a third. Without esbuild or a writable cache it runs through tsx.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'core', 'cli', 'main.ts');
// inside the project, so that the bundle finds the packages of node_modules
const CACHE = join(ROOT, 'node_modules', '.cache', process.env.SCOREBOOK_CLI_CACHE || 'scorebook-cli');
const trace = (s) => process.env.SCOREBOOK_CLI_TRACE && process.stderr.write(`[scorebook-cli] ${s}\n`);

function stamp() {
  const h = createHash('sha256');
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else {
        const s = statSync(p);
        h.update(`${relative(ROOT, p)}\0${s.size}\0${s.mtimeMs}\n`);
      }
    }
  };
  walk(join(ROOT, 'core'));
  const self = statSync(fileURLToPath(import.meta.url));
  h.update(`bin\0${self.size}\0${self.mtimeMs}\n`);
  h.update(`${statSync(join(ROOT, 'package-lock.json'), { throwIfNoEntry: false })?.mtimeMs}\n${process.version}`);
  return h.digest('hex').slice(0, 16);
}

async function bundled() {
  const dir = join(CACHE, stamp());
  const main = join(dir, 'main.mjs');
  if (existsSync(main)) {
    trace('reused');
    return main;
  }
  const { build } = await import('esbuild');
  const tmp = `${dir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(CACHE, { recursive: true });
  await build({
    entryPoints: [ENTRY],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    // packages stay in node_modules, except data files (a package's JSON), which go into the bundle
    plugins: [
      {
        name: 'packages-external',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.endsWith('.json') ? undefined : { path: a.path, external: true }));
        },
      },
    ],
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    logLevel: 'silent',
  });
  try {
    renameSync(tmp, dir);
    trace('built');
  } catch {
    // another process made the same bundle first: use that one
    rmSync(tmp, { recursive: true, force: true });
    trace('built by another process');
  }
  // bundles of earlier sources go once no run can still be loading from them
  for (const old of readdirSync(CACHE)) {
    const p = join(CACHE, old);
    if (p !== dir && Date.now() - statSync(p).mtimeMs > 10 * 60_000) rmSync(p, { recursive: true, force: true });
  }
  return main;
}

let main;
try {
  ({ main } = await import(pathToFileURL(await bundled()).href));
} catch (e) {
  trace(`through tsx (${e?.message ?? e})`);
  const { tsImport } = await import('tsx/esm/api');
  ({ main } = await tsImport('../core/cli/main.ts', import.meta.url));
}
process.exitCode = await main(process.argv.slice(2));
