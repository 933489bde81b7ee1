import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../core/cli/main';
import { readLog } from '../../core/distribute/records';
import { readXlsxGrids } from '../../core/xlsx/read';
import { alter, typeCells } from './helpers';

const S = 'samples/workbook';
const dir = mkdtempSync(join(tmpdir(), 'scorebook-distribute-'));
const master = join(dir, 'master.xlsx');
const out = join(mkdtempSync(join(tmpdir(), 'scorebook-out-')), 'out');
// the sample: R01 张建国 scores 4 applicants in the material review, the first of them 91500235MA5U7K2A1X in E:G
const R01 = '2025-资料评审-R01-张建国.xlsx';
const SHEET = '资料-R01-张建国';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout: stdout.trim().split('\n').filter(Boolean), stderr: stderr.trim().split('\n').filter(Boolean) };
}

/** The master as it is on disk, and a check that nothing else (a temporary file) was left beside it. */
const snapshot = () => ({ bytes: readFileSync(master), files: readdirSync(dir).sort() });

beforeAll(async () => {
  const r = await run(['workbook', '--profile', 'yunyang-2022', '--year', '2025', `${S}/applicants.csv`, `${S}/reviewers.csv`, `${S}/assignments.csv`, '--out', master]);
  expect(r.code).toBe(0);
});

describe('scorebook distribute / collect', () => {
  it('distribute writes one file per reviewer of the stage and says what it wrote; the master is not touched', async () => {
    const before = snapshot();
    const r = await run(['distribute', master, '--stage', 'material', '--out', out]);
    expect(r.code).toBe(0);
    // samples/workbook/assignments.csv: all six reviewers have material applicants; R01 has four
    expect(readdirSync(out)).toHaveLength(6);
    expect(r.stdout[0]).toBe(`已写入 ${join(out, R01)}：张建国（R01），4 家申报单位`);
    expect(r.stdout.at(-1)).toBe('资料评审：共 6 份评审员文件。提醒评审员交回后删除自留副本（Z26、YR6.7）。');
    expect(snapshot()).toEqual(before);
  });

  it('a refused file: exit 2, the reason by file, sheet and cell, and the master byte-for-byte unchanged', async () => {
    const bad = join(dir, 'bad.xlsx');
    writeFileSync(bad, await alter(readFileSync(join(out, R01)), typeCells(SHEET, { E7: '八十' })));
    const before = snapshot();
    const r = await run(['collect', master, bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([`文件 bad.xlsx 工作表“${SHEET}” 单元格 E7：“八十”不是数字`]);
    expect(r.stdout).toEqual([`主工作簿未改动：${master}`]);
    expect(snapshot()).toEqual(before);
  });

  it('good files are taken in (exit 0) and the master is replaced whole', async () => {
    const f1 = join(dir, 'r01.xlsx');
    writeFileSync(f1, await alter(readFileSync(join(out, R01)), typeCells(SHEET, { E7: 80, H7: 65 })));
    const before = snapshot();
    const r = await run(['collect', master, f1, '--lang', 'en']);
    expect(r.stderr).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toEqual([`accepted r01.xlsx: reviewer R01, Material review, 2 cell(s) added`, `updated ${master}`]);
    expect(snapshot().bytes.equals(before.bytes)).toBe(false);
    expect(snapshot().files).toEqual(before.files);
    const log = readLog(await readXlsxGrids(new Uint8Array(readFileSync(master))), 'zh');
    expect(log.map((l) => [l.reviewer, l.file, l.event])).toEqual([['R01', 'r01.xlsx', '已收入']]);
  });

  it('a file that changes the master waits (exit 2, the differences listed) until --yes', async () => {
    const f = join(dir, 'r01-again.xlsx');
    writeFileSync(f, await alter(readFileSync(join(out, R01)), typeCells(SHEET, { E7: 85, H7: 65 })));
    const before = snapshot();
    const held = await run(['collect', master, f]);
    expect(held.code).toBe(2);
    expect(held.stderr).toEqual([
      '文件 r01-again.xlsx：评审员 R01 的文件与主工作簿已有内容有 1 处不同，确认后才写入（命令行加 --yes）',
      `文件 r01-again.xlsx 工作表“${SHEET}” 单元格 E7：91500235MA5U7K2A1X 条款 4.1.1：主工作簿“80”→ 文件“85”`,
    ]);
    expect(snapshot()).toEqual(before);
    const yes = await run(['collect', master, f, '--yes']);
    expect(yes.code).toBe(0);
    expect(yes.stdout[0]).toBe('已收入 r01-again.xlsx：评审员 R01，资料评审，新增 0 格，经确认修改 1 格');
    const log = readLog(await readXlsxGrids(new Uint8Array(readFileSync(master))), 'zh');
    expect(log.at(-1)).toMatchObject({ reviewer: 'R01', file: 'r01-again.xlsx', event: '确认后收入', detail: '新增 0 格，修改 1 格' });
  });

  it('scorebook results reads a collected master: the log sheet is no obstacle, only the missing entries are', async () => {
    const r = await run(['results', master, '--out', join(dir, 'never.xlsx')]);
    expect(r.code).toBe(2);
    // 7 applicants x 3 material reviewers x 22 items, less the two cells R01 has returned (E7, H7)
    expect(r.stderr).toHaveLength(7 * 3 * 22 - 2);
    expect(r.stderr.every((l) => l.includes('尚未评分'))).toBe(true);
  });

  it('the arguments swapped (a reviewer file first) are refused before anything is read or written', async () => {
    const file = join(out, R01);
    const before = readFileSync(file);
    const r = await run(['collect', file, master]);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([`文件 ${R01}：这是评审员文件，不是主工作簿：请先给出主工作簿，再给出交回的文件`]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('usage errors exit 2 and write nothing', async () => {
    expect((await run(['distribute', master, '--out', out])).code).toBe(2);
    expect((await run(['collect', master])).code).toBe(2);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('works through bin/scorebook.mjs', () => {
    const siteOut = join(dir, 'site');
    const stdout = execFileSync(process.execPath, ['bin/scorebook.mjs', 'distribute', master, '--stage', 'site', '--out', siteOut], { encoding: 'utf8' });
    expect(stdout).toContain('现场评审：共');
    expect(readdirSync(siteOut).every((f) => f.startsWith('2025-现场评审-R'))).toBe(true);
  }, 60_000);
});
