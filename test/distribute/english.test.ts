import { describe, expect, it } from 'vitest';
import { readLog } from '../../core/distribute/records';
import { formatProblem } from '../../core/i18n/catalog';
import { getProfile } from '../../core/profiles/load';
import { readXlsxGrids } from '../../core/xlsx/read';
import { roster } from '../workbook/scenario';
import { alter, collectAll, filesFor, masterBytes, typeCells, typedOf } from './helpers';

describe('a master made in English', () => {
  it('sends English reviewer files and keeps an English log', async () => {
    const input = { ...roster(getProfile('yunyang-2022')!, 2, 3), lang: 'en' as const };
    const a0 = input.applicants[0]!.id;
    const master = await masterBytes(input);
    const files = await filesFor(master, 'material');
    const grids = await readXlsxGrids(files[0]!.bytes);
    expect(grids.map((g) => g.name)).toEqual(['Guide', 'Material-R01-张伟', 'scorebook-id']);
    const bad = await alter(files[0]!.bytes, typeCells('Material-R01-张伟', { E7: 'eighty' }));
    const refused = await collectAll(master, [{ name: files[0]!.name, bytes: bad }]);
    expect(refused.refused[0]!.problems.map((p) => formatProblem(p, 'en'))).toEqual([`${files[0]!.name}, sheet "Material-R01-张伟", cell E7: "eighty" is not a number`]);
    const good = await alter(files[0]!.bytes, typeCells('Material-R01-张伟', { E7: 90 }));
    const r = await collectAll(master, [{ name: files[0]!.name, bytes: good }]);
    expect((await typedOf(r.bytes!, input))[`score|material|R01|${a0}|4.1.1`]).toBe(90);
    const out = await readXlsxGrids(r.bytes!);
    expect(out.some((g) => g.name === 'Log')).toBe(true);
    expect(readLog(out, 'en')).toEqual([{ time: '2025-06-03 10:30:00', reviewer: 'R01', stage: 'material', file: files[0]!.name, event: 'accepted', detail: '1 cell(s) added, 0 changed' }]);
  });
});
