import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildStage, startYear } from '../../addin/excel/commands';
import { collectFiles, reviewerFiles } from '../../addin/excel/reviewer-files';
import { distribute } from '../../core/distribute/distribute';
import { readSheets } from '../../core/distribute/reviewer-file';
import { buildWorkbook } from '../../core/workbook/build';
import type { WorkbookInput } from '../../core/workbook/input';
import { readWorkbook } from '../../core/workbook/read';
import { readXlsxGrids } from '../../core/xlsx/read';
import { renderXlsx } from '../../core/xlsx/render';
import { fakeHost, FakeWorkbook } from './fake-excel';
import { yearInput } from './fixtures';

async function year() {
  // 6 reviewers in two panels of three; 3 applicants: panel 1 has applicants 1 and 3, panel 2 has applicant 2
  const input = yearInput(3, 6, { groups: true });
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  const host = fakeHost(wb, { now: () => new Date('2025-06-03T02:30:00Z') });
  await startYear(host, input);
  await buildStage(host, 'material');
  return { input, wb, host };
}

/** The workbook's entries read independently of the add-in: every cell of the fake, through core's reader. */
function typedIn(wb: FakeWorkbook, input: WorkbookInput) {
  const grids = wb.sheets.map((s) => ({ name: s.name, cells: Object.fromEntries([...s.cells].filter(([, c]) => c.value !== '').map(([a, c]) => [a, c.value])) }));
  return readWorkbook(buildWorkbook(input), grids, input.profile).typed;
}

/** A reviewer fills every score cell of their file with `score` (through exceljs, as Excel would save it). */
async function fill(input: WorkbookInput, reviewerId: string, bytes: Uint8Array, score: (i: number) => number): Promise<Uint8Array> {
  const r = input.reviewers.find((x) => x.id === reviewerId)!;
  const [sheet] = readSheets(input, 'material', r);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = book.getWorksheet(sheet!.name)!;
  sheet!.inputs.filter((i) => i.kind === 'score').forEach((ref, i) => (ws.getCell(ref.cell).value = score(i)));
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

const scoreCells = (input: WorkbookInput, reviewerId: string) => {
  const sp = buildWorkbook(input).sheets.find((s) => s.key === `score:material:${reviewerId}`)!;
  return { name: sp.name, cells: sp.inputs.filter((i) => i.kind === 'score').map((i) => i.cell) };
};

describe('reviewer files out and back, with the open workbook as the master', () => {
  it('the files out are the ones core distribute makes from the same workbook saved as .xlsx, typed entries included', async () => {
    const { input, wb, host } = await year();
    const r01 = scoreCells(input, 'R01');
    wb.type(r01.name, r01.cells[0]!, 85);
    const { files, result } = await reviewerFiles(host, 'material');
    expect(result.problems.map((p) => p.code).filter((c) => c !== 'ADDIN_BACKUP')).toEqual([]);
    // the second route: the same workbook as a master file, through core's own distribute
    const master = await renderXlsx(buildWorkbook(input, typedIn(wb, input)));
    const core = await distribute(master, 'material');
    expect(core.problems).toEqual([]);
    expect(files.map((f) => f.name)).toEqual(core.files.map((f) => f.name));
    expect(files.length).toBe(6);
    for (const [i, f] of files.entries()) expect(await readXlsxGrids(f.bytes)).toEqual(await readXlsxGrids(core.files[i]!.bytes));
    // R01's file carries the 85 typed in the workbook
    const sheet = readSheets(input, 'material', input.reviewers[0]!)[0]!;
    const grid = (await readXlsxGrids(files[0]!.bytes)).find((g) => g.name === sheet.name)!;
    expect(grid.cells[sheet.inputs.find((i) => i.kind === 'score')!.cell]).toBe(85);
    expect(wb.sheet('Scorebook 日志')!.cells.get('B4')?.value).toMatch(/^distribute-material \(/);
  });

  it('collect: a file is written into the score sheet after a backup; a different one waits for confirmation; garbage is refused', async () => {
    const { input, wb, host } = await year();
    const { files } = await reviewerFiles(host, 'material');
    const r01 = scoreCells(input, 'R01');
    const back = await fill(input, 'R01', files[0]!.bytes, () => 70);
    const first = await collectFiles(host, [{ name: files[0]!.name, bytes: back }, { name: 'notes.xlsx', bytes: new TextEncoder().encode('not a workbook') }], false);
    expect(first.collected.accepted.map((a) => [a.reviewerId, a.added])).toEqual([['R01', r01.cells.length]]);
    expect(first.collected.refused.map((r) => [r.file, r.problems[0]!.code])).toEqual([['notes.xlsx', 'DIST_NOT_XLSX']]);
    expect(r01.cells.map((c) => wb.value(r01.name, c))).toEqual(r01.cells.map(() => 70));
    // core's log came along into the workbook
    const log = wb.sheet('日志')!;
    expect([...log.cells.values()].map((c) => c.value)).toEqual(expect.arrayContaining(['已收入', '拒收']));

    // the same reviewer sends a corrected file: one cell differs, nothing is written until confirmed
    const again = await fill(input, 'R01', files[0]!.bytes, (i) => (i === 0 ? 75 : 70));
    const held = await collectFiles(host, [{ name: 'R01-v2.xlsx', bytes: again }], false);
    expect(held.collected.held.map((h) => h.differences.map((d) => [d.cell, d.master, d.file]))).toEqual([[[r01.cells[0], 70, 75]]]);
    expect(wb.value(r01.name, r01.cells[0]!)).toBe(70);
    const confirmed = await collectFiles(host, [{ name: 'R01-v2.xlsx', bytes: again }], true);
    expect(confirmed.collected.accepted.length).toBe(1);
    expect(confirmed.result.backups.length).toBe(1);
    expect(wb.value(r01.name, r01.cells[0]!)).toBe(75);
    // the backup holds the sheet as it was before
    expect(wb.value(confirmed.result.backups[0]!, r01.cells[0]!)).toBe(70);
  }, 60_000);

  it('when every reviewer has returned, core freezes the stage in the workbook, and a later change is refused', async () => {
    const { input, wb, host } = await year();
    const { files } = await reviewerFiles(host, 'material');
    const filled = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: await fill(input, f.reviewerId, f.bytes, () => 60) })));
    const all = await collectFiles(host, filled, false);
    expect(all.collected.accepted.length).toBe(6);
    expect(all.collected.frozen).toEqual(['material']);
    // hidden, as core's .xlsx master has it
    expect(wb.sheet('冻结-资料评审')!.visibility).toBe('Hidden');
    expect(wb.sheet('日志')!.visibility).toBe('Visible');
    const late = await collectFiles(host, [{ name: 'late.xlsx', bytes: await fill(input, 'R02', files[1]!.bytes, () => 90) }], true);
    expect(late.collected.refused.map((r) => r.problems[0]!.code)).toEqual(['DIST_FROZEN']);
    const r02 = scoreCells(input, 'R02');
    expect(wb.value(r02.name, r02.cells[0]!)).toBe(60);
  }, 60_000);
});

describe('reviewer files: the same number of requests at 2 and at 200 applicants, each under 5 MB', () => {
  async function run(n: number) {
    const input = yearInput(n, 9, { groups: true });
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    const host = fakeHost(wb);
    await startYear(host, input);
    await buildStage(host, 'material');
    host.reset();
    const { files } = await reviewerFiles(host, 'material');
    const out = { syncs: host.stats.syncs, request: Math.max(...host.stats.requestBytes), response: Math.max(...host.stats.responseBytes) };
    host.reset();
    const back = await collectFiles(host, files.slice(0, 1), false);
    expect(back.collected.accepted.length).toBe(1);
    const backStats = { syncs: host.stats.syncs, request: Math.max(...host.stats.requestBytes), response: Math.max(...host.stats.responseBytes) };
    return { out, back: backStats };
  }

  it('files out and one file back', async () => {
    const small = await run(2);
    const large = await run(200);
    expect(large.out.syncs).toBe(small.out.syncs);
    expect(large.back.syncs).toBe(small.back.syncs);
    for (const s of [large.out, large.back]) {
      expect(s.request).toBeLessThan(5 * 1024 * 1024);
      expect(s.response).toBeLessThan(5 * 1024 * 1024);
    }
  }, 180_000);
});
