import { spawnSync } from 'node:child_process';
import { rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../core/cli/main';

// bin/scorebook.mjs runs the command line from an esbuild bundle it keeps in node_modules/.cache and makes again
// whenever a file of core/ changes: a stale bundle must never run.
const CACHE = `scorebook-cli-test-${process.pid}`;
const env = { ...process.env, SCOREBOOK_CLI_CACHE: CACHE, SCOREBOOK_CLI_TRACE: '1', TZ: 'Asia/Shanghai' };
const args = ['select', '--profile', 'yunyang-2022', 'samples/yunyang-2025/stage-scores.csv'];
const run = () => spawnSync(process.execPath, ['bin/scorebook.mjs', ...args], { encoding: 'utf8', env });

async function inProcess(): Promise<string> {
  let stdout = '';
  await main(args, { stdout: (s) => void (stdout += s), stderr: () => {} });
  return stdout;
}

afterAll(() => rmSync(join('node_modules', '.cache', CACHE), { recursive: true, force: true }));

describe('bin/scorebook.mjs', () => {
  it('builds the bundle on first use, reuses it, and builds again when a file of core/ changes', async () => {
    const expected = await inProcess();
    expect(expected.split('\n').length).toBeGreaterThan(5);

    const first = run();
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('[scorebook-cli] built');
    expect(first.stdout).toBe(expected);

    const second = run();
    expect(second.stderr).toContain('[scorebook-cli] reused');
    expect(second.stdout).toBe(expected);

    // a change of any file of core/ (here only its time) makes a new bundle; the content is left as it was
    const file = join('core', 'selection', 'select.ts');
    const { atime, mtime } = statSync(file);
    try {
      utimesSync(file, atime, new Date(mtime.getTime() + 1000));
      const third = run();
      expect(third.stderr).toContain('[scorebook-cli] built');
      expect(third.stdout).toBe(expected);
    } finally {
      utimesSync(file, atime, mtime);
    }
  }, 60_000);
});
