import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Returned } from '../../core/distribute/collect';
import { readLog } from '../../core/distribute/records';
import { formatProblem } from '../../core/i18n/catalog';
import { readXlsxGrids } from '../../core/xlsx/read';
import { getProfile } from '../../core/profiles/load';
import { roster } from '../workbook/scenario';
import { alter, collectAll, filesFor, masterBytes, typeCells } from './helpers';

const profile = getProfile('yunyang-2022')!;
const input = roster(profile, 3, 3);
const ids = input.applicants.map((a) => a.id);
// R01 is 张伟; with no assignments every reviewer scores all three applicants: a0 in E:G, a1 in H:J, a2 in K:M.
// Row 5 holds the headings, row 6 category 4.1, row 7 item 4.1.1, row 8 item 4.1.2.
const SHEET = '资料-R01-张伟';
let master: Uint8Array;
let r01: Returned;
let r02: Returned;

beforeAll(async () => {
  master = await masterBytes(input);
  const files = await filesFor(master, 'material');
  r01 = { name: files[0]!.name, bytes: await alter(files[0]!.bytes, typeCells(SHEET, { E7: 80, H7: 75, K7: 60 })) };
  r02 = { name: files[1]!.name, bytes: files[1]!.bytes };
});

/** Collect one altered copy of R01's file: it must be refused, nothing written; the located messages come back. */
async function refused(edit: (wb: ExcelJS.Workbook) => void | Promise<void>, name = r01.name): Promise<string[]> {
  const before = Uint8Array.from(master);
  const r = await collectAll(master, [{ name, bytes: await alter(r01.bytes, edit) }]);
  expect(r.accepted).toEqual([]);
  expect(r.bytes).toBeUndefined();
  expect(Buffer.from(master).equals(Buffer.from(before))).toBe(true);
  expect(r.refused).toHaveLength(1);
  return r.refused[0]!.problems.map((p) => formatProblem(p, 'zh'));
}

const sheet = (wb: ExcelJS.Workbook) => wb.getWorksheet(SHEET)!;

describe('collect refuses files altered the way people alter them, and writes nothing', () => {
  it('the unaltered file is accepted (the control for every case below)', async () => {
    const r = await collectAll(master, [r01]);
    expect(r.refused).toEqual([]);
    expect(r.accepted.map((a) => [a.reviewerId, a.added])).toEqual([['R01', 3]]);
  });

  it('a renamed score sheet', async () => {
    const lines = await refused((wb) => void (sheet(wb).name = '我的评分'));
    expect(lines).toEqual([`文件 ${r01.name} 工作表“${SHEET}”：找不到工作表“${SHEET}”（是否已改名？现有未知工作表：我的评分）`]);
  });

  it('a row inserted above the items', async () => {
    const lines = await refused((wb) => sheet(wb).spliceRows(6, 0, []));
    // category 4.1 was in A6 and is now in A7
    expect(lines).toEqual([`文件 ${r01.name} 工作表“${SHEET}” 单元格 A6：此处应为“4.1”，实为“”：行或列被移动过，本表的评分未读取，请恢复原布局`]);
  });

  it('an applicant column moved to the end', async () => {
    const lines = await refused((wb) => {
      // as Excel does it: cut E:G and insert them after M; the code and name merges travel with their columns
      const ws = sheet(wb);
      const groups = ['E', 'H', 'K'].map((c, k) => [c, ['G', 'J', 'M'][k]!] as const);
      for (const [a, b] of groups) for (const r of [3, 4]) ws.unMergeCells(`${a}${r}:${b}${r}`);
      // getColumn().values is indexed from row 1, spliceColumns takes rows from index 0
      const moved = [5, 6, 7].map((c) => (ws.getColumn(c).values as ExcelJS.CellValue[]).slice(1));
      ws.spliceColumns(5, 3);
      ws.spliceColumns(5 + 3 * 2, 0, ...moved);
      for (const [a, b] of groups) for (const r of [3, 4]) ws.mergeCells(`${a}${r}:${b}${r}`);
    });
    // E3 should hold a0's code and holds a1's: the anchor check stops the sheet before any score is read
    expect(lines).toEqual([`文件 ${r01.name} 工作表“${SHEET}” 单元格 E3：此处应为“${ids[0]}”，实为“${ids[1]}”：行或列被移动过，本表的评分未读取，请恢复原布局`]);
  });

  it('an applicant column deleted', async () => {
    const lines = await refused((wb) => {
      const ws = sheet(wb);
      for (const r of [3, 4]) for (const m of [`H${r}:J${r}`, `K${r}:M${r}`]) ws.unMergeCells(m);
      ws.spliceColumns(8, 3);
      for (const r of [3, 4]) ws.mergeCells(`H${r}:J${r}`);
    });
    expect(lines).toContain(`文件 ${r01.name} 工作表“${SHEET}” 单元格 H3：分配给评审员 R01 的申报单位 ${ids[1]} 不在表中（列被删除或移动？），拒收`);
    expect(lines).toContain(`文件 ${r01.name} 工作表“${SHEET}” 单元格 H3：此处应为“${ids[1]}”，实为“${ids[2]}”：行或列被移动过，本表的评分未读取，请恢复原布局`);
  });

  it("another applicant's code pasted over an assigned one", async () => {
    const lines = await refused(typeCells(SHEET, { K3: '91500235MA9999X' }));
    expect(lines[0]).toBe(`文件 ${r01.name} 工作表“${SHEET}” 单元格 K3：“91500235MA9999X”不是分配给评审员 R01 的申报单位，拒收`);
  });

  it("another year's file", async () => {
    const y2024 = await masterBytes({ ...input, year: 2024 });
    const f = (await filesFor(y2024, 'material'))[0]!;
    const r = await collectAll(master, [f]);
    expect(r.bytes).toBeUndefined();
    expect(r.refused[0]!.problems.map((p) => formatProblem(p, 'zh'))).toEqual([`文件 ${f.name} 工作表“scorebook-id” 单元格 B3：该文件属于 2024 年度，主工作簿为 2025 年度，拒收`]);
  });

  it("another reviewer's file: R01's sheet under R02's identity", async () => {
    const lines = await refused((wb) => void (wb.getWorksheet('scorebook-id')!.getCell('B5').value = 'R02'));
    expect(lines).toEqual([`文件 ${r01.name} 工作表“资料-R02-王静”：找不到工作表“资料-R02-王静”（是否已改名？现有未知工作表：${SHEET}）`]);
  });

  it("a reviewer who is not on this master's roster", async () => {
    const lines = await refused((wb) => void (wb.getWorksheet('scorebook-id')!.getCell('B5').value = 'R09'));
    expect(lines).toEqual([`文件 ${r01.name} 工作表“scorebook-id” 单元格 B5：评审员“R09”不在主工作簿的名单中，拒收`]);
  });

  it('a score pasted as Chinese text', async () => {
    const lines = await refused(typeCells(SHEET, { E8: '八十' }));
    expect(lines).toEqual([`文件 ${r01.name} 工作表“${SHEET}” 单元格 E8：“八十”不是数字`]);
  });

  it('a score off the step, and one above 100', async () => {
    const lines = await refused(typeCells(SHEET, { E8: 63, H8: 105 }));
    expect(lines).toEqual([
      `文件 ${r01.name} 工作表“${SHEET}” 单元格 E8：“63”不在评分步长上（应为 5 的整数倍）`,
      `文件 ${r01.name} 工作表“${SHEET}” 单元格 H8：“105”超出范围 0–100`,
    ]);
  });

  it('a number pasted as text ("85") is taken as 85 and said so at its cell', async () => {
    const bytes = await alter(r01.bytes, typeCells(SHEET, { E8: '85' }));
    const r = await collectAll(master, [{ name: r01.name, bytes }]);
    expect(r.refused).toEqual([]);
    expect(r.accepted[0]!.warnings.map((p) => formatProblem(p, 'zh'))).toEqual([`文件 ${r01.name} 工作表“${SHEET}” 单元格 E8：“85”以文本形式存放，已按数值 85 收入`]);
  });

  it('a file whose identity sheet was deleted', async () => {
    const lines = await refused((wb) => wb.removeWorksheet(wb.getWorksheet('scorebook-id')!.id));
    expect(lines).toEqual([`文件 ${r01.name}：不是本系统发出的评审员文件（隐藏的身份表已被删除或不存在），拒收`]);
  });

  it('a file whose fingerprint is not the one sent out', async () => {
    const lines = await refused((wb) => void (wb.getWorksheet('scorebook-id')!.getCell('B7').value = '0'.repeat(64)));
    expect(lines).toEqual([`文件 ${r01.name} 工作表“scorebook-id” 单元格 B7：文件的布局指纹与主工作簿当前为该评审员生成的布局不一致（名单或分工在发出后已变更？），请重新分发，拒收`]);
  });

  it('a file that is not a workbook', async () => {
    const r = await collectAll(master, [{ name: 'notes.xlsx', bytes: new TextEncoder().encode('评分见附件') }]);
    expect(r.bytes).toBeUndefined();
    expect(r.refused[0]!.problems[0]!.code).toBe('DIST_NOT_XLSX');
    expect(r.refused[0]!.problems[0]!.where).toEqual({ file: 'notes.xlsx' });
  });

  it('two files for the same reviewer and stage in one batch: neither is taken', async () => {
    const copy = { name: 'copy.xlsx', bytes: r01.bytes };
    const r = await collectAll(master, [r01, copy, r02]);
    expect(r.refused.map((x) => [x.file, x.problems[0]!.code])).toEqual([
      [r01.name, 'DIST_DUPLICATE_RETURN'],
      ['copy.xlsx', 'DIST_DUPLICATE_RETURN'],
    ]);
    // R02's file is fine and is taken: a bad file in the batch does not hold up the others
    expect(r.accepted.map((a) => a.reviewerId)).toEqual(['R02']);
    // the master is written for R02, so the refusals go into its log with their reasons
    const log = readLog(await readXlsxGrids(r.bytes!), 'zh');
    expect(log.map((l) => [l.reviewer, l.file, l.event, l.detail])).toEqual([
      ['R02', r02.name, '已收入', '新增 0 格，修改 0 格'],
      ['', r01.name, '拒收', '同一评审员同一阶段的文件本次收到多份（另见 copy.xlsx），无法判断以哪份为准，均拒收'],
      ['', 'copy.xlsx', '拒收', `同一评审员同一阶段的文件本次收到多份（另见 ${r01.name}），无法判断以哪份为准，均拒收`],
    ]);
  });
});
