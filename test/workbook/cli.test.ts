import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../core/cli/main';
import { getProfile } from '../../core/profiles/load';
import { buildWorkbook } from '../../core/workbook/build';
import { inputKey, type Typed, type WorkbookInput } from '../../core/workbook/input';
import { readRoster } from '../../core/workbook/roster-read';
import { readXlsxGrids } from '../../core/xlsx/read';
import { fillDefense, fillStage } from './scenario';

const dir = mkdtempSync(join(tmpdir(), 'scorebook-cli-'));
const S = 'samples/workbook';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr: stderr.trim().split('\n').filter(Boolean) };
}

/** Type values into a workbook file the way a person would: into the entry cells, through a spreadsheet library. */
async function typeInto(file: string, typed: Typed, out: string): Promise<void> {
  const grids = await readXlsxGrids(new Uint8Array(readFileSync(file)));
  const r = readRoster(grids);
  const input: WorkbookInput = { profile: getProfile(r.profileId)!, year: r.year, lang: r.lang, applicants: r.applicants, reviewers: r.reviewers, assignments: r.assignments };
  const plan = buildWorkbook(input);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  for (const sp of plan.sheets) for (const ref of sp.inputs) {
    const v = typed[inputKey(ref)];
    if (v !== undefined && v !== null) wb.getWorksheet(sp.name)!.getCell(ref.cell).value = v;
  }
  writeFileSync(out, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

describe('scorebook workbook / results', () => {
  const wbFile = join(dir, 'year.xlsx');
  const args = ['workbook', '--profile', 'yunyang-2022', '--year', '2025', `${S}/applicants.csv`, `${S}/reviewers.csv`, `${S}/assignments.csv`, '--out', wbFile];

  it('writes the workbook from the sample roster', async () => {
    const r = await run(args);
    expect(r.code).toBe(0);
    const names = (await readXlsxGrids(new Uint8Array(readFileSync(wbFile)))).map((g) => g.name);
    // 6 reviewers x 2 stages (each scores someone in both), 2 consensus, defense, results, set-up, roster
    expect(names).toHaveLength(2 + 12 + 2 + 1 + 1);
    expect(names).toContain('资料-R01-张建国');
  });

  it('refuses an empty workbook with every missing material entry located by sheet and cell (exit 2)', async () => {
    const r = await run(['results', wbFile, '--out', join(dir, 'never.xlsx')]);
    expect(r.code).toBe(2);
    // 7 applicants x 3 material reviewers x 22 items; no site entry is due before the material cut-off (Y16.3)
    expect(r.stderr).toHaveLength(7 * 3 * 22);
    expect(r.stderr[0]).toBe('文件 year.xlsx 工作表“资料-R01-张建国” 单元格 E7：91500235MA5U7K2A1X 条款 4.1.1 尚未评分（评审员 R01）');
    expect(existsSync(join(dir, 'never.xlsx'))).toBe(false);
  });

  it('refuses text and off-step entries, naming sheet and cell', async () => {
    const grids = await readXlsxGrids(new Uint8Array(readFileSync(wbFile)));
    const r0 = readRoster(grids);
    const a0 = r0.applicants[0]!.id;
    const bad = join(dir, 'bad.xlsx');
    await typeInto(wbFile, { [`score|material|R01|${a0}|4.1.1`]: '六十五', [`score|material|R02|${a0}|4.1.2`]: 63 }, bad);
    const r = await run(['results', bad, '--out', join(dir, 'never.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toEqual([
      'bad.xlsx, sheet "资料-R01-张建国", cell E7: "六十五" is not a number',
      'bad.xlsx, sheet "资料-R02-李秀英", cell E8: "63" is not on the scoring step (a multiple of 5)',
    ]);
  });

  it('Y16.6: a filled workbook gives the ranking, outcomes and clauses, and the dashboard CSVs', async () => {
    const grids = await readXlsxGrids(new Uint8Array(readFileSync(wbFile)));
    const r0 = readRoster(grids);
    const input: WorkbookInput = { profile: getProfile('yunyang-2022')!, year: 2025, lang: 'zh', applicants: r0.applicants, reviewers: r0.reviewers, assignments: r0.assignments };
    const typed: Typed = {};
    // [material, site, defense] in points; review = 0.2 m + 0.8 s, composite = review + defense:
    // 0: 160 + 640 = 800 + 90 = 890 (rank 1)   1: 140 + 560 = 700 + 85 = 785 (rank 2)
    // 2: 120 + 480 = 600 + 80 = 680 (rank 3, outside the quota of 2)   3: 450 < 500: below the material cut-off
    // 4: 120 + 320 = 440 + 80 = 520 (rank 4)   5: 104 + 240 = 344 < 350: below the review cut-off
    // 6: 120 + 280 = 400 + 20 = 420 (rank 5)
    const plan: [number, number | null, number | null][] = [[800, 800, 90], [700, 700, 85], [600, 600, 80], [450, null, null], [600, 400, 80], [520, 300, null], [600, 350, 20]];
    plan.forEach(([m, s, d], i) => {
      const id = input.applicants[i]!.id;
      fillStage(input, typed, 'material', id, m * 100);
      if (s !== null) fillStage(input, typed, 'site', id, s * 100);
      if (d !== null) fillDefense(input, typed, id, [d, d, d, d, d]);
    });
    const filled = join(dir, 'filled.xlsx');
    await typeInto(wbFile, typed, filled);
    const out = join(dir, 'results.xlsx');
    const csv = join(dir, 'csv');
    const r = await run(['results', filled, '--out', out, '--csv', csv]);
    expect(r.stderr.filter((l) => !l.startsWith('已写入'))).toEqual([]);
    expect(r.code).toBe(0);
    const res = (await readXlsxGrids(new Uint8Array(readFileSync(out)))).find((g) => g.name === '评审结果')!.cells;
    const rows = [5, 6, 7, 8, 9, 10, 11].map((row) => [res[`A${row}`] ?? null, res[`C${row}`], res[`I${row}`] ?? null, res[`K${row}`], res[`L${row}`]]);
    const n = input.applicants.map((a) => a.name);
    expect(rows).toEqual([
      [1, n[0], 890, '推荐候选', 'Y16.6.3'],
      [2, n[1], 785, '推荐候选', 'Y16.6.3'],
      [3, n[2], 680, '超出名额', 'Y16.6.3'],
      [4, n[4], 520, '超出名额', 'Y16.6.3'],
      [5, n[6], 420, '超出名额', 'Y16.6.3'],
      [null, n[5], null, '未达评审分数线', 'Y16.6.2'],
      [null, n[3], null, '未达资料评审分数线', 'Y16.3'],
    ]);
    // every entry typed is still in the results workbook
    const again = await readXlsxGrids(new Uint8Array(readFileSync(out)));
    expect(again.find((g) => g.name === '资料-R01-张建国')!.cells.E7).toBe(typed[`score|material|R01|${input.applicants[0]!.id}|4.1.1`]);
    const apps = readFileSync(join(csv, 'applications.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(apps[0]).toBe('year,applicant_id,name,industry,town,material,site,defense,score,rank,outcome,awarded,prize');
    expect(apps).toHaveLength(8);
    expect(apps[1]).toContain(',800,800,90,890,1,candidate,no,0');
    expect(readFileSync(join(csv, 'category_scores.csv'), 'utf8')).toContain('material');
  }, 60_000);
});
