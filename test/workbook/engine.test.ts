// The proof in a real engine: workbooks rendered from the plans are recalculated by LibreOffice headless and every
// computed total, subtotal, consensus, flag, weighted score, rank and outcome must equal core's, to the cent.
//
// Shown to fail when a formula is wrong (scratch runs on 2026-11-23, not committed):
// - item points rounded to 1 decimal instead of 2 in the score sheet: 25 of 30 tests fail, each listing the cells
//   (e.g. "现场-R03-李勇!O20 item_points … sheet 6.8 core 6.75");
// - the stage weights swapped in the results sheet's review formula: the hand-worked cut-off test and 10 of the 13
//   random Yunyang workbooks fail (Zhongmu has no weighted review score; the others had nobody past the material
//   cut-off, so their review cells are empty in both).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../core/workbook/build';
import { computeYear } from '../../core/workbook/compute';
import { OUTCOME_LABEL } from '../../core/workbook/labels';
import type { WorkbookPlan } from '../../core/workbook/plan';
import { readWorkbook, type GridSheet } from '../../core/workbook/read';
import { readXlsxGrids } from '../../core/xlsx/read';
import { renderXlsx } from '../../core/xlsx/render';
import { compareWithCore } from './compare';
import { printCopy } from './freeze';
import { cutoffScenario, halfUpScenario, scenarioArb, type Scenario } from './scenario';
import { convert, makeProfileDir } from './soffice';

const run = promisify(execFile);
const RANDOM_RUNS = 24;
const SEED = 20251123;
const scenarios: Scenario[] = [cutoffScenario(), halfUpScenario(), ...fc.sample(scenarioArb, { numRuns: RANDOM_RUNS, seed: SEED })];
const plans: WorkbookPlan[] = scenarios.map((s) => buildWorkbook(s.input, s.typed));
const computed: GridSheet[][] = [];
const dir = mkdtempSync(join(tmpdir(), 'scorebook-engine-'));
const shots = resolve('test-output/workbook');

beforeAll(async () => {
  const files = await Promise.all(
    plans.map(async (p, i) => {
      const f = join(dir, `wb${String(i).padStart(2, '0')}.xlsx`);
      writeFileSync(f, await renderXlsx(p));
      return f;
    }),
  );
  // two soffice processes for two cores, each with its own profile; many files per call
  const halves = [files.filter((_, i) => i % 2 === 0), files.filter((_, i) => i % 2 === 1)];
  const outs = await Promise.all(halves.map((h, k) => convert(makeProfileDir(), h, 'xlsx', join(dir, `out${k}`))));
  const byIndex = new Map<number, string>();
  halves.forEach((h, k) => h.forEach((f, j) => byIndex.set(files.indexOf(f), outs[k]![j]!)));
  for (let i = 0; i < files.length; i++) computed.push(await readXlsxGrids(new Uint8Array(readFileSync(byIndex.get(i)!))));
}, 180_000);

describe('the workbook recalculated by LibreOffice agrees with core', () => {
  it.each(scenarios.map((s, i) => [i, s.label] as const))('workbook %i (%s): every computed cell equals core to the cent', (i) => {
    const s = scenarios[i]!;
    const plan = plans[i]!;
    const read = readWorkbook(plan, computed[i]!, s.input.profile);
    expect(read.problems).toEqual([]);
    // what LibreOffice saved is what was typed: the reader recovers every entry
    expect(read.typed).toEqual(s.typed);
    const core = computeYear(s.input, read);
    const { mismatches, checked } = compareWithCore(s.input, s.typed, plan, computed[i]!, core);
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('Y16.3 Y16.6.2 Y16.6.3 Y16.9: scores exactly on the cut-offs pass, 0.2 x 500.25 + 0.8 x 314.25 + 48.55 is 400.00, ties go by site then to the committee', () => {
    const s = scenarios[0]!;
    const res = plans[0]!.sheets.find((x) => x.kind === 'results')!;
    const g = computed[0]!.find((x) => x.name === res.name)!.cells;
    const out = (i: number, what: string) => g[res.outputs.find((o) => o.applicantId === s.input.applicants[i]!.id && o.what === what)!.cell];
    // hand-worked in cutoffScenario(): composites 400.00 for applicants 0, 2 and 3
    for (const i of [0, 2, 3]) expect(out(i, 'composite')).toBe(400);
    expect(out(0, 'review')).toBe(350);
    expect(out(2, 'review')).toBe(351.45);
    expect(out(3, 'defense')).toBe(30.2);
    const expected: [number, number | undefined, keyof typeof OUTCOME_LABEL][] = [
      [5, 1, 'candidate'],
      [6, 2, 'tie'],
      [7, 2, 'tie'],
      [2, 4, 'outside_quota'],
      [0, 5, 'outside_quota'],
      [3, 6, 'outside_quota'],
      [1, undefined, 'below_material_cutoff'],
      [4, undefined, 'below_review_cutoff'],
    ];
    for (const [i, rank, outcome] of expected) {
      expect(out(i, 'rank')).toBe(rank);
      expect(out(i, 'outcome')).toBe(OUTCOME_LABEL[outcome].zh);
    }
    expect(String(g[res.outputs.find((o) => o.what === 'tie_notice')!.cell])).toContain('Y16.9');
  });

  it('CRITERIA.md consensus: 60, 60, 65, 65 average 62.5 and round half up to 65 in the engine', () => {
    const s = scenarios[1]!;
    const sheet = plans[1]!.sheets.find((x) => x.key === 'consensus:site')!;
    const a0 = s.input.applicants[0]!.id;
    const cell = sheet.outputs.find((o) => o.applicantId === a0 && o.item === '4.1.1' && o.what === 'default_consensus')!.cell;
    expect(computed[1]!.find((x) => x.name === sheet.name)!.cells[cell]).toBe(65);
  });

  it('validation, locked formula cells, unlocked entry cells and protection are where the plan puts them, and survive LibreOffice', async () => {
    const plan = plans[0]!;
    const mine = new ExcelJS.Workbook();
    await mine.xlsx.load((await renderXlsx(plan)) as unknown as ArrayBuffer);
    const lo = new ExcelJS.Workbook();
    await lo.xlsx.load(readFileSync(join(dir, 'out0', 'wb00.xlsx')) as unknown as ArrayBuffer);
    const dvOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    let validated = 0;
    let unlocked = 0;
    for (const sp of plan.sheets) {
      const ws = mine.getWorksheet(sp.name)!;
      const after = lo.getWorksheet(sp.name)!;
      expect(after, sp.name).toBeDefined();
      if (sp.protection) {
        expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet, sp.name).toBe(true);
        // LibreOffice writes sheet="true", which exceljs does not read as a flag: its presence is what shows
        expect((after as unknown as { sheetProtection?: object }).sheetProtection, sp.name).toBeDefined();
      }
      for (const v of sp.validations) {
        const [tl, br] = v.range.split(':') as [string, string];
        for (const w of [ws, after]) {
          expect(dvOf(w)[tl]?.type, `${sp.name}!${tl}`).toBe(v.rule.type);
          expect(dvOf(w)[br ?? tl]?.type, `${sp.name}!${br}`).toBe(v.rule.type);
        }
        expect(dvOf(after)[tl]?.prompt, `${sp.name}!${tl}`).toBe(v.prompt.message);
        validated++;
      }
      for (const ref of sp.inputs) {
        expect(ws.getCell(ref.cell).protection?.locked, `${sp.name}!${ref.cell}`).toBe(false);
        unlocked++;
      }
      for (const o of sp.outputs) expect(ws.getCell(o.cell).protection?.locked ?? true, `${sp.name}!${o.cell}`).toBe(true);
      expect((after as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings.length, sp.name).toBeGreaterThanOrEqual(sp.conditionalFormats.length > 0 ? 1 : 0);
    }
    expect(validated).toBeGreaterThan(10);
    expect(unlocked).toBeGreaterThan(100);
    // what LibreOffice itself made of the locks: its flat XML names protected sheets and unprotected cell styles
    const [fods] = await convert(makeProfileDir(), [join(dir, 'wb00.xlsx')], 'fods', join(dir, 'fods'));
    const xml = readFileSync(fods!, 'utf8');
    const protectedSheets = xml.match(/<table:table [^>]*table:protected="true"/g) ?? [];
    expect(protectedSheets.length).toBe(plan.sheets.filter((s) => s.protection).length);
    expect(xml).toMatch(/style:cell-protect="none"/);
  }, 60_000);

  it('prints a score sheet and the results sheet to PNG for a person to look at', async () => {
    rmSync(shots, { recursive: true, force: true });
    mkdirSync(shots, { recursive: true });
    const s = scenarios[0]!;
    const plan = plans[0]!;
    const core = computeYear(s.input, readWorkbook(plan, computed[0]!, s.input.profile));
    const printed = buildWorkbook(s.input, s.typed, core.selection);
    const copies: [string, WorkbookPlan][] = [
      ['score-sheet', printCopy(plan, 'score:material:R01', computed[0]!)],
      ['consensus-sheet', printCopy(plan, 'consensus:site', computed[0]!)],
      ['results-sheet', { styles: printed.styles, sheets: [printed.sheets.find((x) => x.kind === 'results')!] }],
    ];
    const files: string[] = [];
    for (const [name, p] of copies) {
      const f = join(dir, `${name}.xlsx`);
      writeFileSync(f, await renderXlsx(p));
      files.push(f);
    }
    const pdfs = await convert(makeProfileDir(), files, 'pdf', shots);
    for (const pdf of pdfs) {
      const png = pdf.replace(/\.pdf$/, '');
      // -singlefile: one page, named exactly <png>.png whatever the page count
      await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, png]);
      expect(existsSync(`${png}.png`)).toBe(true);
      console.log(`picture: ${png}.png (${pdf})`);
    }
    expect(pdfs).toHaveLength(3);
  }, 120_000);
});
