import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { differenceProblem, type Returned } from '../../core/distribute/collect';
import { readFrozen, readLog } from '../../core/distribute/records';
import { formatProblem } from '../../core/i18n/catalog';
import { getProfile } from '../../core/profiles/load';
import { buildWorkbook } from '../../core/workbook/build';
import { inputKey, type Typed } from '../../core/workbook/input';
import { readXlsxGrids } from '../../core/xlsx/read';
import { roster } from '../workbook/scenario';
import { alter, collectAll, filesFor, masterBytes, typeCells, typedOf } from './helpers';

const profile = getProfile('yunyang-2022')!;
const input = roster(profile, 2, 3);
const [a0, a1] = input.applicants.map((a) => a.id) as [string, string];
// reviewers R01 张伟, R02 王静, R03 李勇 all score both applicants: a0 in E:G, a1 in H:J; item 4.1.1 is row 7
const sheetOf = (stage: '资料' | '现场', r: number) => `${stage}-${input.reviewers[r]!.id}-${input.reviewers[r]!.name}`;
const key = (r: string, a: string, item = '4.1.1', kind = 'score', stage = 'material') => `${kind}|${stage}|${r}|${a}|${item}`;

// what the secretariat already has in the master: R02's first value typed by hand, a defense score, a site entry
const before: Typed = {
  [key('R02', a0)]: 60,
  [`defense|1|${a0}`]: 88.5,
  [key('R01', a0, '4.1.1', 'score', 'site')]: 55,
};
let master: Uint8Array;
let out: Returned[];

beforeAll(async () => {
  master = await masterBytes(input, before);
  out = await filesFor(master, 'material');
});

const fill = async (k: number, values: Record<string, string | number | null>): Promise<Returned> => ({
  name: out[k]!.name,
  bytes: await alter(out[k]!.bytes, typeCells(sheetOf('资料', k), values)),
});

describe('collect: merging into the master', () => {
  it('nothing already in the master is lost: the new master holds exactly the old entries plus the file', async () => {
    const r = await collectAll(master, [await fill(0, { E7: 80, G7: '方法系统，展开充分', H8: 0 })]);
    expect(r.refused).toEqual([]);
    expect(await typedOf(r.bytes!, input)).toEqual({
      ...before,
      [key('R01', a0)]: 80,
      [key('R01', a0, '4.1.1', 'comment')]: '方法系统，展开充分',
      [key('R01', a1, '4.1.2')]: 0,
    });
  });

  it('a file that changes what the master holds is shown cell by cell and waits for confirmation', async () => {
    // R02's file went out with the 60 already in E7; the reviewer made it 65 and added a1's 70
    const f = await fill(1, { E7: 65, H7: 70 });
    const r = await collectAll(master, [f]);
    expect(r.bytes).toBeUndefined();
    expect(r.accepted).toEqual([]);
    expect(r.held).toHaveLength(1);
    expect(r.held[0]!.differences).toEqual([{ sheet: sheetOf('资料', 1), cell: 'E7', applicantId: a0, item: '4.1.1', kind: 'score', master: 60, file: 65 }]);

    const ok = await collectAll(master, [f], { confirm: true });
    expect(ok.held).toEqual([]);
    expect(ok.accepted[0]!.differences).toHaveLength(1);
    expect(ok.accepted[0]!.added).toBe(1);
    const typed = await typedOf(ok.bytes!, input);
    expect(typed[key('R02', a0)]).toBe(65);
    expect(typed[key('R02', a1)]).toBe(70);
    const log = readLog(await readXlsxGrids(ok.bytes!), 'zh');
    expect(log).toEqual([{ time: '2025-06-03 10:30:00', reviewer: 'R02', stage: 'material', file: f.name, event: '确认后收入', detail: '新增 1 格，修改 1 格' }]);
  });

  it('a file that erases an entry the master holds is a difference too', async () => {
    const f = await fill(1, { E7: null });
    const r = await collectAll(master, [f]);
    expect(r.held[0]!.differences.map((d) => formatProblem(differenceProblem(f.name, d), 'zh'))).toEqual([
      `文件 ${f.name} 工作表“${sheetOf('资料', 1)}” 单元格 E7：${a0} 条款 4.1.1：主工作簿“60”→ 文件“”`,
    ]);
  });

  it('a second, fuller return of the same reviewer only adds: no confirmation needed, both are logged', async () => {
    const first = await collectAll(master, [await fill(2, { E7: 50 })]);
    const second = await collectAll(first.bytes!, [await fill(2, { E7: 50, E8: 45 })]);
    expect(second.held).toEqual([]);
    expect(second.accepted[0]!.added).toBe(1);
    const log = readLog(await readXlsxGrids(second.bytes!), 'zh');
    expect(log.map((l) => [l.reviewer, l.event, l.detail])).toEqual([
      ['R03', '已收入', '新增 1 格，修改 0 格'],
      ['R03', '已收入', '新增 1 格，修改 0 格'],
    ]);
  });
});

describe('collect: freezing the independent scores', () => {
  // every reviewer scores every item of both applicants (the stage is only "all in" then); 4.1.1 and 4.1.2 get
  // distinct values per reviewer so a mix-up would show, the other items a value that depends on the row
  const scoreCells = (k: number) => buildWorkbook(input).sheets.find((sp) => sp.name === sheetOf('资料', k))!.inputs.filter((ref) => ref.kind === 'score');
  const values = (k: number): Record<string, number> => ({
    ...Object.fromEntries(scoreCells(k).map((ref) => [ref.cell, 5 * (Number(ref.cell.slice(1)) % 20)])),
    ...{ E7: 60 + 5 * k, E8: 40 + 5 * k, H7: 70 + 5 * k, H8: 80 + 5 * k },
  });
  const expectedFrozen = (): Typed => {
    const t: Typed = {};
    ['R01', 'R02', 'R03'].forEach((r, k) => {
      for (const ref of scoreCells(k)) if (ref.kind === 'score') t[key(r, ref.applicantId, ref.item)] = values(k)[ref.cell]!;
    });
    return t;
  };
  let frozenMaster: Uint8Array;

  beforeAll(async () => {
    const first = await collectAll(master, [await fill(0, values(0)), await fill(2, values(2))]);
    expect(first.frozen).toEqual([]);
    // R02's file replaces the 60 the secretariat had typed (it is 65 now): confirmed
    const last = await collectAll(first.bytes!, [await fill(1, values(1))], { confirm: true });
    expect(last.frozen).toEqual(['material']);
    frozenMaster = last.bytes!;
  });

  it('a stage whose files came back with items still empty is not frozen: the scores that follow are not refused', async () => {
    // R01 and R02 complete, R03 returns only 4.1.1 and 4.1.2 of both applicants: every file is in, not every score
    const partial = await collectAll(master, [await fill(0, values(0)), await fill(1, values(1)), await fill(2, { E7: 70, E8: 50, H7: 80, H8: 90 })], { confirm: true });
    expect(partial.accepted).toHaveLength(3);
    expect(partial.frozen).toEqual([]);
    expect(readFrozen(await readXlsxGrids(partial.bytes!), 'zh').material).toBeUndefined();
    // R03's full file later is taken in (its four values unchanged) and completes the stage
    const rest = await collectAll(partial.bytes!, [await fill(2, values(2))]);
    expect(rest.refused).toEqual([]);
    expect(rest.frozen).toEqual(['material']);
  });

  it('when every assigned reviewer has scored every item, the stage is frozen, hidden, and logged', async () => {
    const grids = await readXlsxGrids(frozenMaster);
    expect(readFrozen(grids, 'zh').material?.typed).toEqual(expectedFrozen());
    expect(readFrozen(grids, 'zh').site).toBeUndefined();
    const log = readLog(grids, 'zh');
    expect(log.at(-1)).toEqual({ time: '2025-06-03 10:30:00', reviewer: '', stage: 'material', file: '', event: '冻结', detail: '全部 3 位评审员的独立评分已齐，132 格冻结' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(frozenMaster as unknown as ArrayBuffer);
    expect(wb.getWorksheet('冻结-资料评审')!.state).toBe('hidden');
  });

  it('a consensus override and a hand edit in the master do not change the frozen values', async () => {
    const plan = buildWorkbook(input);
    const cons = plan.sheets.find((s) => s.key === 'consensus:material')!;
    const ov = cons.inputs.find((r) => r.kind === 'override' && r.applicantId === a0 && r.item === '4.1.1')!;
    const reason = cons.inputs.find((r) => r.kind === 'reason' && r.applicantId === a0 && r.item === '4.1.1')!;
    // the group leader settles 4.1.1 at 90, and someone overtypes R01's own 60 with 95 on the score sheet
    let edited = await alter(frozenMaster, typeCells(cons.name, { [ov.cell]: 90, [reason.cell]: '组长合议' }));
    edited = await alter(edited, typeCells(sheetOf('资料', 0), { E7: 95 }));
    // the next collection (a site file) rewrites the master
    const site = (await filesFor(edited, 'site'))[0]!;
    const r = await collectAll(edited, [{ name: site.name, bytes: await alter(site.bytes, typeCells(sheetOf('现场', 0), { H7: 75 })) }]);
    expect(r.accepted).toHaveLength(1);
    expect(r.warnings.map((p) => formatProblem(p, 'zh'))).toEqual([`工作表“${sheetOf('资料', 0)}” 单元格 E7：冻结后主工作簿中的独立评分被改动：冻结值“60”，现为“95”（冻结表保持原值）`]);
    const grids = await readXlsxGrids(r.bytes!);
    expect(readFrozen(grids, 'zh').material?.typed).toEqual(expectedFrozen());
    const typed = await typedOf(r.bytes!, input);
    expect(typed[inputKey(ov)]).toBe(90);
    expect(typed[key('R01', a0, '4.1.1', 'score', 'site')]).toBe(55);
    expect(typed[key('R01', a1, '4.1.1', 'score', 'site')]).toBe(75);
  });

  it('a frozen stage refuses a file that would change it, even when confirmed; the same file again is fine', async () => {
    const changed = await fill(0, { ...values(0), E7: 100 });
    const r = await collectAll(frozenMaster, [changed], { confirm: true });
    expect(r.bytes).toBeUndefined();
    expect(r.refused[0]!.problems.map((p) => formatProblem(p, 'zh'))).toEqual([
      `文件 ${changed.name}：资料评审的独立评分已全部收齐并冻结，本文件与冻结值有 1 处不同，拒收`,
      `文件 ${changed.name} 工作表“${sheetOf('资料', 0)}” 单元格 E7：${a0} 条款 4.1.1：主工作簿“60”→ 文件“100”`,
    ]);
    const again = await collectAll(frozenMaster, [await fill(0, values(0))]);
    expect(again.refused).toEqual([]);
    expect(again.accepted[0]!.added).toBe(0);
  });
});
