import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConsensus, buildResults, buildStage, checkEntries, exportCsv, selectCell, startYear, updateRoster } from '../../addin/excel/commands';
import { MINIMUM, OPTIONAL } from '../../addin/excel/host';
import { readiness } from '../../addin/excel/readiness';
import { describe as describeProblem } from '../../addin/messages';
import { buildWorkbook } from '../../core/workbook/build';
import { diffSheet } from './compare';
import { fakeHost, FakeWorkbook, OfficeError } from './fake-excel';
import { yearInput } from './fixtures';

const root = resolve(__dirname, '../..');

/**
 * Every member of the `Excel` namespace in @types/office-js with the ExcelApi version its doc comment names, read
 * from the .d.ts itself (an independent source: Microsoft's own annotations). A member name declared in several
 * classes keeps its lowest version, so the check below errs towards passing, never towards a false alarm; a member
 * only in ExcelApiDesktop/ExcelApiOnline counts as newer than any ExcelApi version.
 */
function excelMemberSets(): Map<string, number> {
  const lines = readFileSync(resolve(root, 'node_modules/@types/office-js/index.d.ts'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('declare namespace Excel {'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('    namespace Interfaces {'));
  const out = new Map<string, number>();
  let pending: number | null = null;
  for (const line of lines.slice(start, end)) {
    const set = /\[Api set: (\w+) ([\d.]+)/.exec(line);
    if (set) {
      const v = set[1] === 'ExcelApi' ? Number(set[2]) : Infinity;
      pending = pending === null ? v : Math.min(pending, v);
      continue;
    }
    const member = /^ {8}(?:readonly )?(\w+)\??\s*[(:]/.exec(line);
    if (member && pending !== null) {
      const name = member[1]!;
      out.set(name, Math.min(out.get(name) ?? Infinity, pending));
    }
    if (/^\s*\/\*\*/.test(line)) pending = null;
  }
  return out;
}

/** Names the add-in's Office.js code touches: `.member` accesses, object keys and properties named in load(). */
function namesUsed(source: string): Set<string> {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  const names = new Set<string>();
  for (const m of code.matchAll(/\.(\w+)/g)) names.add(m[1]!);
  for (const m of code.matchAll(/(\w+)\??:/g)) names.add(m[1]!);
  for (const m of code.matchAll(/load\('([^']+)'\)/g)) for (const p of m[1]!.split(/[,/]/)) names.add(p.trim());
  return names;
}

const excelDir = resolve(root, 'addin/excel');
const sources = Object.fromEntries(readdirSync(excelDir).filter((f) => f.endsWith('.ts')).map((f) => [f, readFileSync(resolve(excelDir, f), 'utf8')]));

describe('requirement sets: the manifest asks for ExcelApi 1.8, anything newer is checked at run time', () => {
  it('manifest.xml requires exactly the minimum the add-in declares (ExcelApi 1.8: data validation)', () => {
    const xml = readFileSync(resolve(root, 'manifest.xml'), 'utf8');
    const sets = [...xml.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(sets).toEqual([`${MINIMUM.set} ${MINIMUM.version}`]);
    expect(MINIMUM).toEqual({ set: 'ExcelApi', version: '1.8' });
  });

  it('the only Office.js members newer than ExcelApi 1.8 in addin/excel are page layout, and only in the print op', () => {
    const sets = excelMemberSets();
    // sanity of the reading: known members at their documented sets
    expect(sets.get('dataValidation')).toBe(1.8);
    expect(sets.get('pageLayout')).toBe(1.9);
    expect(sets.get('freezePanes')).toBe(1.7);
    // names that are newer Excel members but here are JavaScript's or the add-in's own: String.prototype.split, and
    // `state`, the add-in's saved input (AddinState), not Excel's
    const notOffice = new Set(['split', 'state']);
    const newer = (src: string) => [...namesUsed(src)].filter((n) => !notOffice.has(n) && (sets.get(n) ?? 0) > 1.8).sort();
    const found = Object.fromEntries(Object.entries(sources).map(([f, src]): [string, string[]] => [f, newer(src)]).filter(([, n]) => n.length));
    const apply = sources['apply.ts']!;
    const printCase = apply.slice(apply.indexOf("case 'print':"), apply.indexOf("case 'protect':"));
    expect(Object.keys(found)).toEqual(['apply.ts']);
    // every newer name of apply.ts is inside the print case, and that case reaches Excel only through host.supports
    const outside = apply.replace(printCase, '');
    expect(newer(outside)).toEqual([]);
    expect(found['apply.ts']).toEqual(['centerHorizontally', 'horizontalFitToPages', 'orientation', 'pageLayout', 'paperSize', 'setPrintArea', 'setPrintTitleRows', 'verticalFitToPages', 'zoom']);
    expect(sources['commands.ts']).toContain('host.supports(OPTIONAL.print.set, OPTIONAL.print.version)');
    expect(OPTIONAL.print).toEqual({ set: 'ExcelApi', version: '1.9' });
  });

  it('the fake refuses page layout below ExcelApi 1.9, as Excel does (the check above would be hollow otherwise)', async () => {
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    const host = fakeHost(wb, { sets: { ExcelApi: '1.8' } });
    const run = host.run(async (ctx: never) => {
      const ws = (ctx as unknown as Excel.RequestContext).workbook.worksheets.getItem('Sheet1');
      ws.pageLayout.paperSize = 'A4' as Excel.PaperType;
      await (ctx as unknown as Excel.RequestContext).sync();
    });
    await expect(run).rejects.toBeInstanceOf(OfficeError);
    await expect(run).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('with only ExcelApi 1.8 every command works, print setup is left out and the user is told in Chinese and English', async () => {
    const input = yearInput(3, 3, { groups: true });
    const wb = new FakeWorkbook();
    wb.addSheet('Sheet1');
    const host = fakeHost(wb, { sets: { ExcelApi: '1.8' } });
    const told: string[] = [];
    const note = (r: { problems: { code: string }[] }) => told.push(...r.problems.map((p) => p.code));
    note(await startYear(host, { ...input, assignments: null }));
    note(await updateRoster(host, { assignments: input.assignments }));
    note(await buildStage(host, 'material'));
    note(await buildStage(host, 'site'));
    note(await buildConsensus(host, 'material'));
    note(await buildConsensus(host, 'site'));
    await checkEntries(host);
    note(await buildResults(host));
    note((await exportCsv(host)).result);
    await selectCell(host, '名单', 'A4');
    // 8 rendering commands, each telling once
    expect(told.filter((c) => c === 'ADDIN_NO_PRINT').length).toBe(8);
    const plan = buildWorkbook(input);
    for (const sp of plan.sheets.filter((s) => s.key.startsWith('score:material:'))) {
      expect(wb.sheet(sp.name)!.page).toEqual({});
      expect(diffSheet(sp, wb.sheet(sp.name)!)).toEqual([]);
    }
    const zh = describeProblem({ code: 'ADDIN_NO_PRINT' }, 'zh');
    const en = describeProblem({ code: 'ADDIN_NO_PRINT' }, 'en');
    expect(zh).toContain('ExcelApi 1.9');
    expect(zh).toContain('页面布局');
    expect(en).toContain('ExcelApi 1.9');
    expect(en).toContain('Page Layout');
  });

  it('the pane says why it cannot work: outside Excel, or an Excel below ExcelApi 1.8', () => {
    const upTo = (v: number) => (set: string, version: string) => set === 'ExcelApi' && Number(version) <= v;
    expect(readiness({ host: null }, upTo(1.12))?.code).toBe('ADDIN_NOT_IN_EXCEL');
    const old = readiness({ host: 'Excel' }, upTo(1.7));
    expect(old).toMatchObject({ code: 'ADDIN_NEEDS_API', params: { set: 'ExcelApi', version: '1.8' } });
    expect(describeProblem(old!, 'zh')).toContain('ExcelApi 1.8');
    expect(describeProblem(old!, 'en')).toContain('ExcelApi 1.8');
    expect(readiness({ host: 'Excel' }, upTo(1.8))).toBeNull();
  });
});
