import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../core/i18n/catalog';
import { getProfile } from '../../core/profiles/load';
import { buildWorkbook } from '../../core/workbook/build';
import { applicantsOf } from '../../core/workbook/input';
import { parseAddr, type WorkbookPlan } from '../../core/workbook/plan';
import { readWorkbook, type GridSheet } from '../../core/workbook/read';
import { readRoster } from '../../core/workbook/roster-read';
import { toFileFormula } from '../../core/xlsx/formula';
import { readXlsxGrids } from '../../core/xlsx/read';
import { renderXlsx } from '../../core/xlsx/render';
import { roster } from './scenario';

const yunyang = getProfile('yunyang-2022')!;
const zhongmu = getProfile('zhongmu')!;

/** The grid a filled workbook would give: every plan cell's value, with `typed` put in the entry cells. */
function gridOf(plan: WorkbookPlan): GridSheet[] {
  return plan.sheets.map((s) => ({
    name: s.name,
    cells: Object.fromEntries(Object.entries(s.cells).filter(([, c]) => c.value !== undefined && c.value !== null).map(([a, c]) => [a, c.value!])),
  }));
}

const inRange = (cell: string, range: string) => {
  const [a, b] = range.split(':') as [string, string];
  const c = parseAddr(cell);
  const tl = parseAddr(a);
  const br = parseAddr(b ?? a);
  return c.row >= tl.row && c.row <= br.row && c.column >= tl.column && c.column <= br.column;
};

describe('sheet plans', () => {
  const input = roster(yunyang, 4, 4, [
    { reviewerId: 'R01', applicantId: '91500235MA1000X', stage: 'material' },
    { reviewerId: 'R02', applicantId: '91500235MA1000X', stage: 'material' },
    { reviewerId: 'R03', applicantId: '91500235MA1000X', stage: 'material' },
    { reviewerId: 'R01', applicantId: '91500235MA1001X', stage: 'material' },
    { reviewerId: 'R04', applicantId: '91500235MA1001X', stage: 'material' },
    { reviewerId: 'R02', applicantId: '91500235MA1001X', stage: 'material' },
  ]);
  const plan = buildWorkbook(input);

  it("Y16.3: a reviewer's score sheet holds only the applicants assigned to them", () => {
    const r04 = plan.sheets.find((s) => s.key === 'score:material:R04')!;
    const codes = r04.anchors.map((a) => a.text).filter((t) => t.startsWith('9150'));
    expect(codes).toEqual(['91500235MA1001X']);
    expect(r04.inputs.every((i) => 'applicantId' in i && i.applicantId === '91500235MA1001X')).toBe(true);
    // R03 scores one applicant, R01 two; nobody has a site sheet: no site assignments were made
    expect(applicantsOf(input, 'material', 'R01').map((a) => a.id)).toEqual(['91500235MA1000X', '91500235MA1001X']);
    expect(plan.sheets.some((s) => s.key.startsWith('score:site'))).toBe(false);
  });

  it('has the sheets the issue lists, in Chinese, with a defense sheet only where the profile has one (Y16.4)', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(['设置', '名单', '资料-R01-张伟', '资料-R02-王静', '资料-R03-李勇', '资料-R04-赵敏', '资料评审合议', '现场评审合议', '答辩评分', '评审结果']);
    const z = buildWorkbook({ ...roster(zhongmu, 2, 3), lang: 'en' });
    expect(z.sheets.map((s) => s.name)).toEqual([
      'Set-up', 'Roster', 'Material-R01-张伟', 'Material-R02-王静', 'Material-R03-李勇', 'Site-R01-张伟', 'Site-R02-王静', 'Site-R03-李勇',
      'Material review consensus', 'Site review consensus', 'Results',
    ]);
  });

  it('every entry cell is unlocked and validated; every formula cell is locked; every sheet is protected', () => {
    for (const s of plan.sheets) {
      expect(s.protection, s.name).not.toBeNull();
      for (const i of s.inputs) expect(s.cells[i.cell]?.locked, `${s.name}!${i.cell}`).toBe(false);
      for (const [a, c] of Object.entries(s.cells)) if (c.formula) expect(c.locked, `${s.name}!${a}`).toBeUndefined();
      for (const i of s.inputs.filter((x) => x.kind === 'score' || x.kind === 'override' || x.kind === 'defense')) {
        expect(s.validations.some((v) => inRange(i.cell, v.range)), `${s.name}!${i.cell}`).toBe(true);
      }
    }
    const score = plan.sheets.find((s) => s.kind === 'score')!;
    const v = score.validations[0]!;
    expect(v.rule).toEqual({ type: 'custom', formula: 'AND(ISNUMBER(E7),E7>=0,E7<=100,MOD(E7,5)=0)' });
    // the input message names the bands of CRITERIA.md
    expect(v.prompt.message).toContain('4档 50–65');
    expect(v.prompt.message.length).toBeLessThanOrEqual(255);
  });

  it('item points = points x percent / 100, rounded to the cent; the results sheet prints on A4 landscape with signature lines', () => {
    const score = plan.sheets.find((s) => s.kind === 'score')!;
    expect(score.cells.F7!.formula).toBe('IF(ISNUMBER(E7),ROUND($C7*E7/100,2),"")');
    const res = plan.sheets.find((s) => s.kind === 'results')!;
    expect(res.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: 1 });
    expect(Object.values(res.cells).some((c) => c.value === '评选委员会成员签字：')).toBe(true);
  });

  it('Y16.6.1: weighted scores are rounded to the cent in the formula itself, so Excel compares 400.00 and not 399.99999999999994', () => {
    // LibreOffice keeps 15 significant digits when it compares and saves, so float noise never shows in the engine
    // suite; Excel and WPS compare the full double: the ROUND must be in the formula
    const res = plan.sheets.find((s) => s.kind === 'results')!;
    const f = (what: string) => res.cells[res.outputs.find((o) => o.what === what)!.cell]!.formula!;
    expect(f('review')).toMatch(/ROUND\([A-Z]+\d+\*0\.2\+[A-Z]+\d+\*0\.8,2\)/);
    expect(f('composite')).toMatch(/ROUND\([A-Z]+\d+\+[A-Z]+\d+,2\)/);
    const cons = plan.sheets.find((s) => s.kind === 'consensus')!;
    for (const o of cons.outputs.filter((x) => x.what === 'total' || x.what === 'category' || x.what === 'item_points')) {
      expect(cons.cells[o.cell]!.formula, o.cell).toContain(',2)');
    }
  });

  it('plans are plain data (no exceljs objects): they survive JSON, as an Office.js renderer would receive them', () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('the set-up sheet shows every rule value in force and which criteria rows are confirmed', () => {
    const setup = plan.sheets.find((s) => s.kind === 'setup')!;
    const values = Object.values(setup.cells).map((c) => c.value);
    for (const v of ['yunyang-2022', 2025, 5, 30, '0.2 / 0.8', '500', '350', '400', 2, 'Y16.6.3', '待核实', '已核实']) expect(values, String(v)).toContain(v);
  });
});

describe('reading entries back', () => {
  const input = roster(yunyang, 2, 3);
  const plan = buildWorkbook(input);
  const a0 = input.applicants[0]!.id;

  it('recovers entries typed as people type them, and locates every problem by sheet and cell', () => {
    const typed = {
      [`score|material|R01|${a0}|4.1.1`]: '６５',
      [`score|material|R01|${a0}|4.1.2`]: '六十五',
      [`score|material|R02|${a0}|4.1.1`]: 62,
      [`score|material|R02|${a0}|4.1.2`]: 105,
      [`override|material|${a0}|4.1.1`]: 70,
      [`defense|1|${a0}`]: 'abc',
    };
    const grids = gridOf(buildWorkbook(input, typed));
    const read = readWorkbook(plan, grids, yunyang);
    const lines = read.problems.map((p) => formatProblem(p, 'zh'));
    expect(lines).toEqual([
      '工作表“资料-R01-张伟” 单元格 E8：“六十五”不是数字',
      '工作表“资料-R02-王静” 单元格 E7：“62”不在评分步长上（应为 5 的整数倍）',
      '工作表“资料-R02-王静” 单元格 E8：“105”超出范围 0–100',
      '工作表“答辩评分” 单元格 C5：“abc”不是数字',
    ]);
    expect(read.entries.material.find((e) => e.reviewerId === 'R01' && e.item === '4.1.1' && e.applicantId === a0)!.value).toBe(65);
    // the leader's value without a reason is kept for core, which refuses it (TALLY_OVERRIDE_NEEDS_REASON)
    expect(read.overrides.material).toMatchObject([{ applicantId: a0, item: '4.1.1', value: 70, reason: '' }]);
    expect(read.typed[`score|material|R01|${a0}|4.1.2`]).toBe('六十五');
  });

  it('a renamed sheet and a moved column are named, and the moved sheet is not read', () => {
    const grids = gridOf(plan);
    grids.find((g) => g.name === '资料-R02-王静')!.name = '王静';
    const r3 = grids.find((g) => g.name === '资料-R03-李勇')!;
    // the first applicant's three columns moved right by one: E3 now empty, the code in F3
    const moved: Record<string, string | number | boolean | null> = {};
    for (const [a, v] of Object.entries(r3.cells)) {
      const { column } = parseAddr(a);
      moved[column >= 5 ? a.replace(/^[A-Z]+/, String.fromCharCode(64 + column + 1)) : a] = v;
    }
    r3.cells = moved;
    const lines = readWorkbook(plan, grids, yunyang).problems.map((p) => formatProblem(p, 'en'));
    expect(lines).toEqual([
      'sheet "资料-R02-王静": sheet "资料-R02-王静" is missing (renamed? unknown sheets: 王静)',
      'sheet "资料-R03-李勇", cell E3: expected "91500235MA1000X" here, found "": a row or column was moved, so this sheet was not read; restore the layout',
    ]);
  });

  it('reads the roster and the profile back from the workbook itself', () => {
    const r = readRoster(gridOf(plan));
    expect(r.problems).toEqual([]);
    expect(r).toMatchObject({ lang: 'zh', profileId: 'yunyang-2022', year: 2025, applicants: input.applicants, reviewers: input.reviewers, assignments: null });
  });
});

describe('rebuilding from a filled workbook', () => {
  const input = roster(yunyang, 3, 3);
  const keys = buildWorkbook(input).sheets.flatMap((s) => s.inputs.map((i) => i));
  const cellValue = fc.oneof(
    fc.integer({ min: 0, max: 20 }).map((k) => k * 5),
    fc.constantFrom('六十五', '65%', '７０', 'n/a', 62),
    fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && s === s.trim()),
    fc.constantFrom('优势：领导重视质量；改进机会：数据分析不足', '现场核实，调整为 70'),
  );

  it('keeps every entry and comment, through .xlsx and after adding an applicant', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: keys.length - 1 }), cellValue), { maxLength: 60 }), async (picks) => {
        const { inputKey } = await import('../../core/workbook/input');
        const typed: Record<string, string | number> = {};
        for (const [k, v] of picks) typed[inputKey(keys[k]!)] = v;
        const first = buildWorkbook(input, typed);
        const back = readWorkbook(first, await readXlsxGrids(await renderXlsx(first)), yunyang);
        expect(back.typed).toEqual(typed);
        // a new applicant joins: every earlier entry stays with its applicant, reviewer and item
        const bigger = roster(yunyang, 4, 3);
        const second = buildWorkbook(bigger, back.typed);
        const again = readWorkbook(second, await readXlsxGrids(await renderXlsx(second)), yunyang);
        expect(again.typed).toEqual(typed);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe('file formulas', () => {
  it('prefix functions newer than Excel 2007, not text that looks like them', () => {
    expect(toFileFormula('RANK.EQ(A1,A:A)+STDEV.S(B1:B3)&"RANK.EQ("')).toBe('_xlfn.RANK.EQ(A1,A:A)+_xlfn.STDEV.S(B1:B3)&"RANK.EQ("');
    expect(toFileFormula('RANK(A1,A:A)+COUNTIFS(A:A,1)')).toBe('RANK(A1,A:A)+COUNTIFS(A:A,1)');
  });
});
