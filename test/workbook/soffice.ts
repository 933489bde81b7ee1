import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A LibreOffice user profile of our own (parallel soffice runs need one each) that recalculates every formula of an
 * .xlsx on load, cached values or not (MACHINE-NOTES.md).
 */
export function makeProfileDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'scorebook-lo-'));
  mkdirSync(join(dir, 'user'), { recursive: true });
  const item = (prop: string) =>
    `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${prop}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(
    join(dir, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${item('OOXMLRecalcMode')}${item('ODFRecalcMode')}</oor:items>\n`,
  );
  return dir;
}

/** Convert several files in one soffice call; throws naming any output that did not appear (soffice exits 0 anyway). */
export async function convert(profileDir: string, files: readonly string[], to: string, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  await run('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, ...files], {
    timeout: 170_000,
  });
  const ext = to.split(':')[0]!;
  const outs = files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, `.${ext}`)));
  const missing = outs.filter((o) => !existsSync(o));
  if (missing.length) throw new Error(`soffice wrote no ${missing.join(', ')}`);
  return outs;
}
