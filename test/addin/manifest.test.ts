import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
// CI has ../shared beside the clone, as this machine has /work/shared beside /work/main
const schema = resolve(root, '../shared/office-schemas/OfficeAppManifestV1_1.xsd');

describe('manifest.xml', () => {
  it('validates offline against the Office add-in manifest schemas (xmllint)', () => {
    const which = spawnSync('xmllint', ['--version']);
    if (which.error) throw new Error('xmllint is missing: install Debian libxml2-utils (apt-get install -y libxml2-utils)');
    expect(existsSync(schema), `schemas expected at ${schema}`).toBe(true);
    const r = spawnSync('xmllint', ['--noout', '--schema', schema, 'manifest.xml'], { cwd: root, encoding: 'utf8' });
    expect(r.stderr.trim()).toBe('manifest.xml validates');
    expect(r.status).toBe(0);
  });

  it('asks for ReadWriteDocument and ExcelApi 1.8 (data validation), and points at https://localhost:3000', () => {
    const xml = readFileSync(resolve(root, 'manifest.xml'), 'utf8');
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1.8"\/>/);
    expect(xml).toContain('https://localhost:3000/taskpane.html');
    expect(xml).toContain('xsi:type="ShowTaskpane"');
    // every icon the manifest names is shipped
    for (const m of xml.matchAll(/localhost:3000\/assets\/([\w-]+\.png)/g)) expect(existsSync(resolve(root, 'addin/assets', m[1]!)), m[1]).toBe(true);
  });
});
