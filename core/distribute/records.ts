import type { Lang } from '../i18n/lang';
import { type Typed } from '../workbook/input';
import { L, tx } from '../workbook/labels';
import { safeSheetName } from '../workbook/names';
import { addr, emptySheet, setCell, type CellValue, type SheetPlan, type Stage } from '../workbook/plan';
import type { GridSheet } from '../workbook/read';

/** One line of the master's log: who sent what, when, and what became of it. */
export interface LogRow {
  time: string;
  reviewer: string;
  stage: string;
  file: string;
  event: string;
  detail: string;
}

const HEAD = 3;
const LOG_FIELDS = ['time', 'reviewer', 'stage', 'file', 'event', 'detail'] as const;

export function logSheetName(lang: Lang): string {
  return lang === 'zh' ? '日志' : 'Log';
}

export function frozenSheetName(stage: Stage, lang: Lang): string {
  return safeSheetName(lang === 'zh' ? `冻结-${L.stage[stage].zh}` : `Frozen ${stage}`);
}

/** Names of the sheets this module adds to a master, in both languages (a master is in one). */
export function recordSheetNames(): Set<string> {
  const names = new Set<string>();
  for (const lang of ['zh', 'en'] as const) {
    names.add(logSheetName(lang));
    for (const st of ['material', 'site'] as const) names.add(frozenSheetName(st, lang));
  }
  return names;
}

const str = (v: CellValue | undefined) => (v === null || v === undefined ? '' : String(v));

function rowsOf(g: GridSheet, width: number): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = HEAD + 1; ; r++) {
    const cells = Array.from({ length: width }, (_, k) => g.cells[addr(r, k + 1)] ?? null);
    if (cells.every((c) => c === null || c === '')) break;
    rows.push(cells);
  }
  return rows;
}

export function logSheet(rows: readonly LogRow[], lang: Lang): SheetPlan {
  const zh = lang === 'zh';
  const s = emptySheet('log', 'setup', logSheetName(lang));
  s.cells.A1 = { value: zh ? '评审员文件收发日志' : 'Reviewer files: log', style: 'title' };
  const heads = zh ? ['时间', '评审员', '阶段', '文件', '结果', '说明'] : ['Time', 'Reviewer', 'Stage', 'File', 'Event', 'Detail'];
  heads.forEach((h, i) => setCell(s, HEAD, i + 1, { value: h, style: 'header' }));
  rows.forEach((row, i) => LOG_FIELDS.forEach((f, k) => setCell(s, HEAD + 1 + i, k + 1, { value: row[f], style: 'text' })));
  Object.assign(s.columnWidths, { 1: 20, 2: 10, 3: 10, 4: 36, 5: 12, 6: 80 });
  s.print = { paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 };
  return s;
}

export function readLog(grids: readonly GridSheet[], lang: Lang): LogRow[] {
  const g = grids.find((x) => x.name === logSheetName(lang));
  if (!g) return [];
  return rowsOf(g, LOG_FIELDS.length).map((cells) => Object.fromEntries(LOG_FIELDS.map((f, k) => [f, str(cells[k])])) as unknown as LogRow);
}

/** A stage's independent entries as they were when the last of them came in. */
export interface Frozen {
  stage: Stage;
  time: string;
  /** score and comment entries by inputKey. */
  typed: Typed;
}

/**
 * The frozen copy: one row per entry, hidden and protected. The consensus works on the score sheets and its own
 * override cells; this copy is never rebuilt from them, only carried over, so it keeps the values as they came in.
 */
export function frozenSheet(f: Frozen, lang: Lang): SheetPlan {
  const zh = lang === 'zh';
  const s = emptySheet(`frozen:${f.stage}`, 'setup', frozenSheetName(f.stage, lang));
  s.visibility = 'hidden';
  s.cells.A1 = { value: zh ? `${tx(L.stage[f.stage], lang)}独立评分（冻结，合议不改动）` : `${tx(L.stage[f.stage], lang)}: independent entries (frozen, untouched by consensus)`, style: 'title' };
  s.cells.A2 = { value: zh ? '冻结时间' : 'Frozen at', style: 'text' };
  s.cells.B2 = { value: f.time, style: 'text' };
  const heads = zh ? ['类型', '评审员', '申报单位', '条款', '取值'] : ['Kind', 'Reviewer', 'Applicant', 'Item', 'Value'];
  heads.forEach((h, i) => setCell(s, HEAD, i + 1, { value: h, style: 'header' }));
  let r = HEAD + 1;
  for (const [key, v] of Object.entries(f.typed)) {
    const [kind, , reviewer, applicant, item] = key.split('|') as [string, string, string, string, string];
    [kind, reviewer, applicant, item, v].forEach((x, k) => setCell(s, r, k + 1, { value: x, style: 'text' }));
    r++;
  }
  Object.assign(s.columnWidths, { 1: 10, 2: 10, 3: 22, 4: 8, 5: 40 });
  return s;
}

export function readFrozen(grids: readonly GridSheet[], lang: Lang): Partial<Record<Stage, Frozen>> {
  const out: Partial<Record<Stage, Frozen>> = {};
  for (const stage of ['material', 'site'] as const) {
    const g = grids.find((x) => x.name === frozenSheetName(stage, lang));
    if (!g) continue;
    const typed: Typed = {};
    for (const [kind, reviewer, applicant, item, v] of rowsOf(g, 5)) typed[[str(kind), stage, str(reviewer), str(applicant), str(item)].join('|')] = v ?? null;
    out[stage] = { stage, time: str(g.cells.B2), typed };
  }
  return out;
}
