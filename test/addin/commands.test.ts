import { describe, expect, it } from 'vitest';
import { buildWorkbook } from '../../core/workbook/build';
import { computeYear } from '../../core/workbook/compute';
import { readWorkbook } from '../../core/workbook/read';
import type { WorkbookInput } from '../../core/workbook/input';
import { buildConsensus, buildResults, buildStage, checkEntries, exportCsv, selectCell, startYear, updateRoster } from '../../addin/excel/commands';
import { WRITE_REQUESTS } from '../../addin/excel/chunk';
import { LOG_SHEET, STATE_SHEET } from '../../addin/excel/state';
import { diffSheet } from './compare';
import { fakeHost, FakeWorkbook, type FakeHost } from './fake-excel';
import { yearInput } from './fixtures';

const FIVE_MB = 5 * 1024 * 1024;

function fresh(input: WorkbookInput, sets?: Record<string, string>): { wb: FakeWorkbook; host: FakeHost } {
  const wb = new FakeWorkbook();
  wb.addSheet('Sheet1');
  return { wb, host: fakeHost(wb, sets ? { sets } : {}) };
}

/** Every score cell of a stage filled from a function of (reviewer, applicant, item), as reviewers would type. */
function typeScores(wb: FakeWorkbook, input: WorkbookInput, stage: 'material' | 'site', f: (r: string, a: string, item: string) => string | number): void {
  const plan = buildWorkbook(input);
  for (const sp of plan.sheets.filter((s) => s.key.startsWith(`score:${stage}:`))) {
    for (const ref of sp.inputs) if (ref.kind === 'score') wb.type(sp.name, ref.cell, f(ref.reviewerId, ref.applicantId, ref.item));
  }
}

describe('add-in commands against the fake Excel', () => {
  it('start a year: set-up and roster sheets equal core/workbook plans cell by cell; credit codes stay text', async () => {
    const input = yearInput(2, 3);
    const { wb, host } = fresh(input);
    const r = await startYear(host, input);
    expect(r.problems.filter((p) => p.code !== 'ADDIN_BACKUP')).toEqual([]);
    const plan = buildWorkbook(input);
    for (const key of ['setup', 'roster']) {
      const sp = plan.sheets.find((s) => s.key === key)!;
      expect(diffSheet(sp, wb.sheet(sp.name)!)).toEqual([]);
    }
    // A4 of the roster holds the first 18-digit code: as text, not 9.135E+17
    expect(wb.value('名单', 'A4') ?? wb.sheets.find((s) => s.name.includes('名单'))?.cells.get('A4')?.value).toBe('913501000000000001');
    expect(wb.sheet(STATE_SHEET)?.visibility).toBe('Hidden');
    expect(wb.sheet(LOG_SHEET)?.cells.get('B2')?.value).toBe('start-year');
  });

  it('build a stage: every score sheet equals its plan (values, formulas, validation, locked, protection)', async () => {
    const input = yearInput(2, 3);
    const { wb, host } = fresh(input);
    await startYear(host, input);
    await buildStage(host, 'material');
    const plan = buildWorkbook(input);
    const sheets = plan.sheets.filter((s) => s.key.startsWith('score:material:'));
    expect(sheets.length).toBe(3);
    for (const sp of sheets) {
      const s = wb.sheet(sp.name)!;
      expect(diffSheet(sp, s)).toEqual([]);
      expect(s.validations.length).toBeGreaterThan(0);
      expect(s.protected).toBe(true);
      expect(s.page.paperSize).toBe('A4');
    }
  });

  it('without ExcelApi 1.9 the sheets are still built, print setup is left out and the user is told', async () => {
    const input = yearInput(2, 3);
    const { wb, host } = fresh(input, { ExcelApi: '1.8' });
    const r = await startYear(host, input);
    expect(r.problems.map((p) => p.code)).toContain('ADDIN_NO_PRINT');
    const setup = buildWorkbook(input).sheets[0]!;
    expect(wb.sheet(setup.name)!.page).toEqual({});
    expect(diffSheet(setup, wb.sheet(setup.name)!)).toEqual([]);
  });

  it('nothing typed is lost: a roster change rebuilds the sheets with every entry and comment in its new cell, after a backup', async () => {
    const input = yearInput(2, 3);
    const { wb, host } = fresh(input);
    await startYear(host, input);
    await buildStage(host, 'material');
    const plan = buildWorkbook(input);
    const sp = plan.sheets.find((s) => s.key === 'score:material:R01')!;
    const score = sp.inputs.find((i) => i.kind === 'score' && i.applicantId === input.applicants[1]!.id)!;
    const comment = sp.inputs.find((i) => i.kind === 'comment' && i.applicantId === input.applicants[1]!.id)!;
    wb.type(sp.name, score.cell, 65);
    wb.type(sp.name, comment.cell, '现场核实 OK');
    // a new applicant first in the roster moves the typed ones a block of columns to the right
    const newcomer = { id: '91350100AAAAAAAAAA', name: '新增单位', industry: '制造业', town: '青龙街道' };
    const next = { ...input, applicants: [newcomer, ...input.applicants] };
    const r = await updateRoster(host, { applicants: next.applicants });
    expect(r.backups.length).toBe(1);
    const plan2 = buildWorkbook(next);
    const sp2 = plan2.sheets.find((s) => s.key === 'score:material:R01')!;
    const score2 = sp2.inputs.find((i) => i.kind === 'score' && i.applicantId === input.applicants[1]!.id && 'item' in i && 'item' in score && i.item === score.item)!;
    const comment2 = sp2.inputs.find((i) => i.kind === 'comment' && i.applicantId === input.applicants[1]!.id && 'item' in i && 'item' in comment && i.item === comment.item)!;
    expect(score2.cell).not.toBe(score.cell);
    expect(wb.value(sp2.name, score2.cell)).toBe(65);
    expect(wb.value(sp2.name, comment2.cell)).toBe('现场核实 OK');
    // the backup holds the sheet as it was, entries at their old cells
    expect(wb.value(r.backups[0]!, score.cell)).toBe(65);
    // the log has one line per command
    const log = wb.sheet(LOG_SHEET)!;
    expect(['B2', 'B3', 'B4'].map((a) => log.cells.get(a)?.value)).toEqual(['start-year', 'build-material', 'update-roster']);
  });

  it('a score sheet renamed or deleted by a user is reported, not recreated empty', async () => {
    const input = yearInput(2, 3);
    const { wb, host } = fresh(input);
    await startYear(host, input);
    await buildStage(host, 'material');
    const name = buildWorkbook(input).sheets.find((s) => s.key === 'score:material:R02')!.name;
    wb.sheet(name)!.name = '我的评分';
    const r = await buildStage(host, 'material');
    expect(r.problems.filter((p) => p.code === 'ADDIN_SHEET_GONE').map((p) => p.params?.sheet)).toEqual([name]);
    expect(wb.sheet(name)).toBeUndefined();
    expect(wb.sheet('我的评分')).toBeDefined();
  });

  it('check entries lists pasted invalid values, missing entries and flagged items, each at its cell; a click selects it', async () => {
    const input = yearInput(2, 3);
    const { wb, host } = fresh(input);
    await startYear(host, input);
    await buildStage(host, 'material');
    await buildConsensus(host, 'material');
    const plan = buildWorkbook(input);
    const a0 = input.applicants[0]!.id;
    // R01 gives 90, the others 30: a spread of 60 >= 30 flags every item of applicant 0 (setup: spread >= 30)
    typeScores(wb, input, 'material', (r, a) => (a === a0 ? (r === 'R01' ? 90 : 30) : 50));
    const sp = plan.sheets.find((s) => s.key === 'score:material:R02')!;
    const refs = sp.inputs.filter((i) => i.kind === 'score' && i.applicantId !== a0);
    wb.type(sp.name, refs[0]!.cell, 'abc'); // pasted text
    wb.type(sp.name, refs[1]!.cell, 63); // 63 is not a multiple of the step 5
    wb.type(sp.name, refs[2]!.cell, 120); // above 100
    wb.type(sp.name, refs[3]!.cell, ''); // cleared: missing
    const issues = await checkEntries(host);
    const at = (code: string) => issues.filter((i) => i.problem.code === code).map((i) => `${i.sheet}!${i.cell}`);
    expect(at('ENTRY_NOT_A_NUMBER')).toEqual([`${sp.name}!${refs[0]!.cell}`]);
    expect(at('ENTRY_OFF_STEP')).toEqual([`${sp.name}!${refs[1]!.cell}`]);
    expect(at('ENTRY_OUT_OF_RANGE')).toEqual([`${sp.name}!${refs[2]!.cell}`]);
    expect(at('WB_ENTRY_MISSING')).toContain(`${sp.name}!${refs[3]!.cell}`);
    const items = plan.sheets.find((s) => s.key === 'score:material:R01')!.inputs.filter((i) => i.kind === 'score' && i.applicantId === a0).length;
    expect(issues.filter((i) => i.kind === 'flagged').length).toBe(items);
    expect(issues[0]!.kind).toBe('invalid');
    const flagged = issues.find((i) => i.kind === 'flagged')!;
    expect(flagged.sheet).toBe(plan.sheets.find((s) => s.key === 'consensus:material')!.name);
    await selectCell(host, flagged.sheet!, flagged.cell!);
    expect(wb.selected).toEqual({ sheet: flagged.sheet, address: flagged.cell });
  });

  it('results: the results sheet equals the plan core makes from the entries, with core\'s selection', async () => {
    const input = yearInput(2, 3);
    const { wb, host } = fresh(input);
    await startYear(host, input);
    await buildStage(host, 'material');
    await buildStage(host, 'site');
    typeScores(wb, input, 'material', (_r, a) => (a === input.applicants[0]!.id ? 90 : 70));
    typeScores(wb, input, 'site', (_r, a) => (a === input.applicants[0]!.id ? 90 : 70));
    await buildResults(host);
    // the same typed entries through core, independently of the add-in's reading
    const plan = buildWorkbook(input);
    const grids = wb.sheets.map((s) => ({ name: s.name, cells: Object.fromEntries([...s.cells].filter(([, c]) => c.value !== '').map(([a, c]) => [a, c.value])) }));
    const read = readWorkbook(plan, grids, input.profile);
    const sel = computeYear(input, read).selection;
    const want = buildWorkbook(input, read.typed, sel).sheets.find((s) => s.kind === 'results')!;
    expect(diffSheet(want, wb.sheet(want.name)!)).toEqual([]);
    // every reviewer gave 90 % on every item of applicant 0: its material score is 90 % of the tree's 1000 points
    const cell = want.outputs.find((o) => o.what === 'material' && o.applicantId === input.applicants[0]!.id)!.cell;
    expect(input.profile.criteria.total).toBe(1000);
    expect(wb.value(want.name, cell)).toBe(900);
  });

  it('export: the three dashboard CSVs with formula injection neutralised, also written to sheets as the fallback', async () => {
    const input = yearInput(2, 3, { names: (i) => (i === 0 ? '=HYPERLINK("http://x","点我")' : '正常企业') });
    const { wb, host } = fresh(input);
    await startYear(host, input);
    const { files, result } = await exportCsv(host);
    expect(files.map((f) => f.fileName)).toEqual(['applications.csv', 'category_scores.csv', 'compliance.csv']);
    const apps = files[0]!.text;
    expect(apps.startsWith('\uFEFFyear,applicant_id,name')).toBe(true);
    expect(apps).toContain(`'=HYPERLINK`);
    expect(apps).not.toMatch(/,=HYPERLINK/);
    expect(result.written).toEqual(['导出 applications.csv', '导出 category_scores.csv', '导出 compliance.csv']);
    const lines = apps.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(wb.value('导出 applications.csv', 'A1')).toBe(lines[0]);
    expect(wb.value('导出 applications.csv', `A${lines.length}`)).toBe(lines[lines.length - 1]);
  });
});

describe('batching: the same number of requests at 2 and at 200 applicants, each under 5 MB', () => {
  const commands: [string, (h: FakeHost) => Promise<unknown>][] = [
    ['build-material', (h) => buildStage(h, 'material')],
    ['consensus-material', (h) => buildConsensus(h, 'material')],
    ['check', (h) => checkEntries(h)],
    ['results', (h) => buildResults(h)],
    ['export', (h) => exportCsv(h)],
  ];

  async function profileRun(n: number, groups: boolean) {
    const input = yearInput(n, 9, { groups });
    const { host } = fresh(input);
    const out: Record<string, { syncs: number; maxRequest: number; maxResponse: number }> = {};
    host.reset();
    await startYear(host, input);
    out.start = { syncs: host.stats.syncs, maxRequest: Math.max(...host.stats.requestBytes), maxResponse: Math.max(...host.stats.responseBytes) };
    for (const [name, f] of commands) {
      host.reset();
      await f(host);
      out[name] = { syncs: host.stats.syncs, maxRequest: Math.max(...host.stats.requestBytes), maxResponse: Math.max(...host.stats.responseBytes) };
    }
    return out;
  }

  it('panels of three: sync counts equal at 2 and 200 applicants, requests and responses under 5 MB', async () => {
    const small = await profileRun(2, true);
    const large = await profileRun(200, true);
    for (const k of Object.keys(small)) {
      expect(large[k]!.syncs, k).toBe(small[k]!.syncs);
      expect(large[k]!.maxRequest, k).toBeLessThan(FIVE_MB);
      expect(large[k]!.maxResponse, k).toBeLessThan(FIVE_MB);
    }
    // a rendering command: state and names, then what was typed, then its writes
    expect(small['build-material']!.syncs).toBe(2 + WRITE_REQUESTS);
    expect(small.check!.syncs).toBe(2);
  }, 240_000);

  it('200 applicants x 9 reviewers, everyone scoring everyone: a stage still fits in the same requests', async () => {
    const input = yearInput(200, 9);
    const { wb, host } = fresh(input);
    await startYear(host, input);
    host.reset();
    await buildStage(host, 'material');
    expect(host.stats.syncs).toBe(2 + WRITE_REQUESTS);
    expect(Math.max(...host.stats.requestBytes)).toBeLessThan(FIVE_MB);
    const sp = buildWorkbook(input).sheets.find((s) => s.key === 'score:material:R09')!;
    expect(diffSheet(sp, wb.sheet(sp.name)!)).toEqual([]);
  }, 240_000);
});
