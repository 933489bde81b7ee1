import { describe, expect, it } from 'vitest';
import { getProfile } from '../../core/profiles/load';
import type { Assignment, Typed } from '../../core/workbook/input';
import { readXlsxGrids } from '../../core/xlsx/read';
import ExcelJS from 'exceljs';
import { roster } from '../workbook/scenario';
import { filesFor, masterBytes } from './helpers';

const profile = getProfile('yunyang-2022')!;
// 4 applicants, 4 reviewers; material: R01 scores a0 and a1, R02 a1 and a2, R03 a2 and a3, R04 a3 and a0.
// Site: R01 and R02 score a0 only.
const base = roster(profile, 4, 4);
const ids = base.applicants.map((a) => a.id);
const material: [string, number[]][] = [
  ['R01', [0, 1]],
  ['R02', [1, 2]],
  ['R03', [2, 3]],
  ['R04', [3, 0]],
];
const assignments: Assignment[] = [
  ...material.flatMap(([r, as]) => as.map((i) => ({ reviewerId: r, applicantId: ids[i]!, stage: 'material' as const }))),
  { reviewerId: 'R01', applicantId: ids[0]!, stage: 'site' },
  { reviewerId: 'R02', applicantId: ids[0]!, stage: 'site' },
];
const input = { ...base, assignments };

// every reviewer already has an entry and a comment in the master that names them, so a leak would show
const typed: Typed = {};
for (const [r, as] of material) {
  for (const i of as) {
    typed[`score|material|${r}|${ids[i]}|4.1.1`] = 70;
    typed[`comment|material|${r}|${ids[i]}|4.1.1`] = `机密评语-${r}-${i}`;
  }
}

describe('distribute', () => {
  it('Z26, YR6.7: each reviewer file holds only its own score sheet, assigned applicants and the band guide', async () => {
    const master = await masterBytes(input, typed);
    const files = await filesFor(master, 'material');
    expect(files.map((f) => f.name)).toEqual(input.reviewers.map((r) => `2025-资料评审-${r.id}-${r.name}.xlsx`));
    for (const [k, f] of files.entries()) {
      const [rid, mine] = material[k]!;
      const grids = await readXlsxGrids(f.bytes);
      const me = input.reviewers.find((r) => r.id === rid)!;
      expect(grids.map((g) => g.name)).toEqual(['说明', `资料-${rid}-${me.name}`, 'scorebook-id']);
      const every = grids.flatMap((g) => Object.values(g.cells).map((v) => String(v)));
      const all = every.join('\n');
      for (const [i, a] of input.applicants.entries()) {
        const shown = mine.includes(i);
        // the name and the code of every applicant not assigned to this reviewer appear nowhere, hidden sheets included
        expect(all.includes(a.name), `${rid} / ${a.name}`).toBe(shown);
        expect(all.includes(a.id), `${rid} / ${a.id}`).toBe(shown);
      }
      for (const other of input.reviewers.filter((r) => r.id !== rid)) {
        expect(all.includes(other.name), `${rid} sees ${other.name}`).toBe(false);
        expect(all.includes(`-${other.id}-`)).toBe(false);
      }
      // their own comments come back with the file, nobody else's
      for (const [r, as] of material) for (const i of as) expect(all.includes(`机密评语-${r}-${i}`)).toBe(r === rid);
      // and their own scores: item 4.1.1 is row 7, the two applicants' percent columns are E and H
      const sheet = grids[1]!.cells;
      expect([sheet.E7, sheet.H7]).toEqual([70, 70]);
    }
  });

  it('Z26, YR6.7: the identity sheet is very hidden and the score sheet is protected with unlocked entry cells', async () => {
    const files = await filesFor(await masterBytes(input), 'site');
    // only R01 and R02 have site applicants
    expect(files.map((f) => f.reviewerId)).toEqual(['R01', 'R02']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files[0]!.bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet('scorebook-id')!.state).toBe('veryHidden');
    expect(wb.getWorksheet('说明')!.state).toBe('visible');
    const ws = wb.getWorksheet('现场-R01-张伟')!;
    // the first item of the first applicant: row 7 (row 6 is category 4.1), column E
    expect(ws.getCell('A7').value).toBe('4.1.1');
    expect(ws.getCell('E3').value).toBe(ids[0]);
    expect(ws.getCell('E7').protection?.locked).toBe(false);
    expect(ws.getCell('F7').protection?.locked ?? true).toBe(true);
  });

  it('the band guide of both kinds is on the guide sheet', async () => {
    const files = await filesFor(await masterBytes(input), 'material');
    const grids = await readXlsxGrids(files[0]!.bytes);
    const guide = Object.values(grids[0]!.cells).map(String);
    // CRITERIA.md: six bands, process band 1 "no systematic approach", results band 6 "industry leadership"
    expect(guide.filter((v) => /^\d档 /.test(v))).toHaveLength(12);
    expect(guide.some((v) => v.includes('无系统方法'))).toBe(true);
    expect(guide.some((v) => v.includes('行业领先'))).toBe(true);
  });
});
