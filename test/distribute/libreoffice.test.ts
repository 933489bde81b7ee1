import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getProfile } from '../../core/profiles/load';
import { roster } from '../workbook/scenario';
import { convert, makeProfileDir } from '../workbook/soffice';
import { alter, collectAll, filesFor, masterBytes, typeCells, typedOf } from './helpers';

/** The bytes after LibreOffice has opened a file and saved it again as .xlsx. */
async function throughLibreOffice(name: string, bytes: Uint8Array): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'scorebook-lo-file-'));
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', name), bytes);
  const [saved] = await convert(makeProfileDir(), [join(dir, 'in', name)], 'xlsx', join(dir, 'out'));
  return new Uint8Array(readFileSync(saved!));
}

describe('files saved by another spreadsheet program', () => {
  it('a reviewer file and the master, each saved by LibreOffice, still collect: identity, layout and entries come through', async () => {
    const input = roster(getProfile('zhongmu')!, 2, 3);
    const [a0, a1] = input.applicants.map((a) => a.id) as [string, string];
    const master = await throughLibreOffice('master.xlsx', await masterBytes(input));
    const f = (await filesFor(master, 'site'))[1]!;
    // R02 王静 types 4.1.1 of a0 (E7) and a1 (H7) and a comment, then saves in LibreOffice
    const filled = await throughLibreOffice(f.name, await alter(f.bytes, typeCells('现场-R02-王静', { E7: 100, H7: 0, G7: '现场核实' })));
    const r = await collectAll(master, [{ name: f.name, bytes: filled }]);
    expect(r.problems).toEqual([]);
    expect(r.refused).toEqual([]);
    expect(await typedOf(r.bytes!, input)).toEqual({
      [`score|site|R02|${a0}|4.1.1`]: 100,
      [`score|site|R02|${a1}|4.1.1`]: 0,
      [`comment|site|R02|${a0}|4.1.1`]: '现场核实',
    });
  }, 180_000);
});
