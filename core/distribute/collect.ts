import { formatProblem } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { problem, type Problem, type Where } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import { parseEntry } from '../scoring/entry';
import { buildWorkbook } from '../workbook/build';
import { applicantsOf, inputKey, STAGES, type Reviewer, type Typed } from '../workbook/input';
import { L } from '../workbook/labels';
import { parseAddr, type CellValue, type SheetPlan, type Stage } from '../workbook/plan';
import { readWorkbook, type GridSheet } from '../workbook/read';
import { readXlsxGrids } from '../xlsx/read';
import { renderXlsx } from '../xlsx/render';
import { fingerprint, observedLayout } from './fingerprint';
import { IDENTITY_CELL, IDENTITY_SHEET, readIdentity, type Identity } from './identity';
import { openMaster, type Master } from './master';
import { frozenSheet, logSheet, type Frozen, type LogRow } from './records';
import { expectedIdentity, guideSheetName, readSheets } from './reviewer-file';

export interface Returned {
  name: string;
  bytes: Uint8Array;
}

/** One entry cell where a returned file and the master disagree. */
export interface Difference {
  sheet: string;
  cell: string;
  applicantId: string;
  item: string;
  kind: 'score' | 'comment';
  master: CellValue;
  file: CellValue;
}

export interface Accepted {
  file: string;
  reviewerId: string;
  stage: Stage;
  /** Entry cells the master had empty and the file filled. */
  added: number;
  /** Differences the user confirmed (empty unless `confirm`). */
  differences: Difference[];
  warnings: Problem[];
}

export interface Held {
  file: string;
  reviewerId: string;
  stage: Stage;
  differences: Difference[];
}

export interface Refused {
  file: string;
  problems: Problem[];
}

export interface CollectResult {
  /** The new master, only when at least one file was accepted. */
  bytes?: Uint8Array;
  accepted: Accepted[];
  held: Held[];
  refused: Refused[];
  /** Stages whose independent entries were frozen by this collection. */
  frozen: Stage[];
  /** Problems of the master itself: when there are any, no file is looked at. */
  problems: Problem[];
  /** Things in the master worth knowing that stop nothing (a frozen score edited by hand). */
  warnings: Problem[];
}

export interface CollectOptions {
  /** Write files whose entries differ from the master's (the user saw the differences and agreed). */
  confirm: boolean;
  now: Date;
  profile?: Profile;
}

/** A checked file, ready to merge. */
interface Candidate {
  file: string;
  identity: Identity;
  reviewer: Reviewer;
  sheets: SheetPlan[];
  /** Entries keyed by inputKey, scores as numbers. */
  typed: Typed;
  warnings: Problem[];
}

export const EVENTS = {
  accepted: { zh: '已收入', en: 'accepted' },
  confirmed: { zh: '确认后收入', en: 'accepted after confirmation' },
  held: { zh: '待确认', en: 'awaiting confirmation' },
  refused: { zh: '拒收', en: 'refused' },
  frozen: { zh: '冻结', en: 'frozen' },
} as const;

const isEmpty = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** The value as compared: a score by its number (65, "65", "６５" alike), a comment by its trimmed text. */
function norm(kind: string, v: CellValue | undefined, step: number): string {
  if (isEmpty(v)) return '';
  if (kind === 'score') {
    const e = parseEntry(typeof v === 'boolean' ? String(v) : (v as string | number), step);
    if (e.kind === 'value') return String(e.value);
  }
  return String(v).trim();
}

/** Shanghai wall-clock time, as the secretariat reads it. */
export function formatTime(d: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(d);
}

function stageName(stage: Stage, lang: Lang): string {
  return L.stage[stage][lang];
}

/** Check one returned file against the master; every problem names the file and, where it can, the sheet and cell. */
async function check(master: Master, f: Returned): Promise<Candidate | Refused> {
  const { input } = master;
  const at = (ps: Problem[]): Refused => ({ file: f.name, problems: ps.map((p) => ({ ...p, where: { file: f.name, ...p.where } })) });
  let grids: GridSheet[];
  try {
    grids = await readXlsxGrids(f.bytes);
  } catch (e) {
    return at([problem('DIST_NOT_XLSX', { detail: (e as Error).message })]);
  }
  const id = readIdentity(grids);
  if (!id.identity) return at(id.problems);
  const identity = id.identity;
  const idWhere = (cell: string): Where => ({ sheet: IDENTITY_SHEET, cell });
  const problems: Problem[] = [];
  if (identity.year !== input.year) problems.push(problem('DIST_YEAR', { found: identity.year, expected: input.year }, idWhere(IDENTITY_CELL.year)));
  if (identity.profileId !== input.profile.id) problems.push(problem('DIST_PROFILE', { found: identity.profileId, expected: input.profile.id }, idWhere(IDENTITY_CELL.profile)));
  const reviewer = input.reviewers.find((r) => r.id === identity.reviewerId);
  if (!reviewer) problems.push(problem('DIST_REVIEWER_UNKNOWN', { reviewer: identity.reviewerId }, idWhere(IDENTITY_CELL.reviewer)));
  if (problems.length || !reviewer) return at(problems);
  const stage = identity.stage;
  const sheets = readSheets(input, stage, reviewer);
  if (!sheets.length) return at([problem('DIST_NOT_ASSIGNED', { reviewer: reviewer.id, stage: stageName(stage, input.lang) }, idWhere(IDENTITY_CELL.stage))]);

  // the applicants on the sheet, by the codes in row 3: a column pasted from another file shows up here
  const assigned = applicantsOf(input, stage, reviewer.id).map((a) => a.id);
  for (const sp of sheets) {
    const g = grids.find((x) => x.name === sp.name);
    if (!g) continue;
    const found = new Map<string, string>();
    for (const [cell, v] of Object.entries(g.cells)) {
      const { row, column } = parseAddr(cell);
      if (row === 3 && column > 4 && !isEmpty(v)) found.set(String(v).trim(), cell);
    }
    for (const [code, cell] of found) {
      if (!assigned.includes(code)) problems.push(problem('DIST_APPLICANT_NOT_ASSIGNED', { applicant: code, reviewer: reviewer.id }, { sheet: sp.name, cell }));
    }
    const planned = new Map(sp.anchors.filter((a) => parseAddr(a.cell).row === 3).map((a) => [a.text, a.cell]));
    for (const code of assigned) {
      if (!found.has(code)) problems.push(problem('DIST_APPLICANT_MISSING', { applicant: code, reviewer: reviewer.id }, { sheet: sp.name, cell: planned.get(code) ?? 'E3' }));
    }
  }
  // the guide and identity sheets are known: a renamed score sheet is reported with only the strangers beside it
  const known = new Set([guideSheetName(input.lang), IDENTITY_SHEET]);
  const read = readWorkbook({ styles: {}, sheets }, grids.filter((g) => !known.has(g.name)), input.profile);
  problems.push(...read.problems);
  const expected = expectedIdentity(input, stage, reviewer);
  const observed = fingerprint(identity, observedLayout(sheets, grids));
  if (!problems.length && (identity.fingerprint !== expected.fingerprint || observed !== expected.fingerprint)) {
    problems.push(problem('DIST_LAYOUT_CHANGED', undefined, idWhere(IDENTITY_CELL.fingerprint)));
  }
  if (problems.length) return at(problems);

  const warnings: Problem[] = [];
  const typed: Typed = {};
  const step = input.profile.scoring.step;
  for (const sp of sheets) {
    for (const ref of sp.inputs) {
      const key = inputKey(ref);
      const v = read.typed[key];
      if (isEmpty(v)) continue;
      if (ref.kind === 'score' && typeof v === 'string') {
        // a number pasted as text: Excel's formulas would not count it, so the master gets the number
        const n = Number(norm('score', v, step));
        typed[key] = n;
        warnings.push(problem('DIST_TEXT_NUMBER', { text: v, value: n }, { file: f.name, sheet: sp.name, cell: ref.cell }));
      } else typed[key] = v!;
    }
  }
  return { file: f.name, identity, reviewer, sheets, typed, warnings };
}

/** Entry cells of `sheets` where `file` differs from `base`; with `onlyFilled`, cells `base` has empty do not count. */
function differences(sheets: readonly SheetPlan[], base: Typed, file: Typed, step: number, onlyFilled: boolean): Difference[] {
  const out: Difference[] = [];
  for (const sp of sheets) {
    for (const ref of sp.inputs) {
      if (ref.kind !== 'score' && ref.kind !== 'comment') continue;
      const key = inputKey(ref);
      if (onlyFilled && isEmpty(base[key])) continue;
      if (norm(ref.kind, base[key], step) === norm(ref.kind, file[key], step)) continue;
      out.push({ sheet: sp.name, cell: ref.cell, applicantId: ref.applicantId, item: ref.item, kind: ref.kind, master: base[key] ?? null, file: file[key] ?? null });
    }
  }
  return out;
}

export function differenceProblem(file: string, d: Difference): Problem {
  const shown = (v: CellValue) => (isEmpty(v) ? '' : String(v));
  return problem('DIST_DIFFERENCE', { applicant: d.applicantId, item: d.item, kind: d.kind, master: shown(d.master), file: shown(d.file) }, { file, sheet: d.sheet, cell: d.cell });
}

/**
 * Read returned reviewer files into the master. Every file is checked before anything is written; a refused file
 * changes nothing, and one whose entries differ from the master's waits for `confirm`. When every assigned reviewer
 * of a stage has returned, that stage's independent entries are frozen in a copy that consensus never touches. The
 * new master is the old one rebuilt with the accepted entries added: nothing it held is dropped.
 */
export async function collect(masterBytes: Uint8Array, returned: readonly Returned[], opts: CollectOptions): Promise<CollectResult> {
  const result: CollectResult = { accepted: [], held: [], refused: [], frozen: [], problems: [], warnings: [] };
  const opened = await openMaster(masterBytes, opts.profile);
  if (!opened.master) {
    result.problems = opened.problems;
    return result;
  }
  const master = opened.master;
  const { input } = master;
  const lang = input.lang;
  const step = input.profile.scoring.step;
  const time = formatTime(opts.now);

  // a frozen entry edited in the master by hand: said, not undone (the frozen copy has the original)
  for (const stage of STAGES) {
    const fr = master.frozen[stage];
    if (!fr) continue;
    for (const sp of master.plan.sheets) {
      for (const ref of sp.inputs) {
        if ((ref.kind !== 'score' && ref.kind !== 'comment') || ref.stage !== stage) continue;
        const key = inputKey(ref);
        if (norm(ref.kind, fr.typed[key], step) !== norm(ref.kind, master.typed[key], step)) {
          result.warnings.push(problem('DIST_FROZEN_EDITED', { frozen: String(fr.typed[key] ?? ''), now: String(master.typed[key] ?? '') }, { sheet: sp.name, cell: ref.cell }));
        }
      }
    }
  }

  const candidates: Candidate[] = [];
  for (const f of returned) {
    const c = await check(master, f);
    if ('problems' in c) result.refused.push(c);
    else candidates.push(c);
  }
  const slot = (c: Candidate) => `${c.identity.stage}|${c.reviewer.id}`;
  const bySlot = new Map<string, Candidate[]>();
  for (const c of candidates) bySlot.set(slot(c), [...(bySlot.get(slot(c)) ?? []), c]);

  const typed: Typed = { ...master.typed };
  const log: LogRow[] = [...master.log];
  const row = (reviewer: string, stage: string, file: string, event: keyof typeof EVENTS, detail: string) =>
    log.push({ time, reviewer, stage, file, event: EVENTS[event][lang], detail });
  for (const c of candidates) {
    const stage = c.identity.stage;
    const same = bySlot.get(slot(c))!;
    if (same.length > 1) {
      const other = same.find((x) => x !== c)!.file;
      result.refused.push({ file: c.file, problems: [problem('DIST_DUPLICATE_RETURN', { other }, { file: c.file })] });
      continue;
    }
    const fr = master.frozen[stage];
    if (fr) {
      const diff = differences(c.sheets, fr.typed, c.typed, step, false);
      if (diff.length) {
        result.refused.push({ file: c.file, problems: [problem('DIST_FROZEN', { stage: stageName(stage, lang), count: diff.length }, { file: c.file }), ...diff.map((d) => differenceProblem(c.file, d))] });
        continue;
      }
    }
    const diff = differences(c.sheets, master.typed, c.typed, step, true);
    if (diff.length && !opts.confirm) {
      result.held.push({ file: c.file, reviewerId: c.reviewer.id, stage, differences: diff });
      continue;
    }
    let added = 0;
    for (const sp of c.sheets) {
      for (const ref of sp.inputs) {
        const key = inputKey(ref);
        const v = c.typed[key];
        if (v !== undefined) {
          if (isEmpty(master.typed[key])) added++;
          typed[key] = v;
        } else delete typed[key];
      }
    }
    result.accepted.push({ file: c.file, reviewerId: c.reviewer.id, stage, added, differences: diff, warnings: c.warnings });
  }

  const refusedDetail = (ps: readonly Problem[]) => ps.map((p) => formatProblem({ ...p, where: { ...p.where, file: undefined } }, lang)).join('；');
  for (const a of result.accepted) {
    const detail = lang === 'zh' ? `新增 ${a.added} 格，修改 ${a.differences.length} 格` : `${a.added} cell(s) added, ${a.differences.length} changed`;
    row(a.reviewerId, a.stage, a.file, a.differences.length ? 'confirmed' : 'accepted', detail);
  }
  for (const h of result.held) row(h.reviewerId, h.stage, h.file, 'held', lang === 'zh' ? `${h.differences.length} 处不同，未写入` : `${h.differences.length} difference(s), not written`);
  for (const r of result.refused) row('', '', r.file, 'refused', refusedDetail(r.problems));

  const frozen: Frozen[] = STAGES.flatMap((s) => (master.frozen[s] ? [master.frozen[s]!] : []));
  for (const stage of STAGES) {
    if (master.frozen[stage] || !result.accepted.some((a) => a.stage === stage)) continue;
    // "all in" means every assigned reviewer has scored every item of every assigned applicant: files returned
    // empty or half-filled freeze nothing, or the real scores that follow would be refused as changes
    const refs = master.plan.sheets.flatMap((sp) => sp.inputs).filter((ref) => (ref.kind === 'score' || ref.kind === 'comment') && ref.stage === stage);
    if (refs.some((ref) => ref.kind === 'score' && isEmpty(typed[inputKey(ref)]))) continue;
    const copy: Typed = {};
    for (const ref of refs) if (!isEmpty(typed[inputKey(ref)])) copy[inputKey(ref)] = typed[inputKey(ref)]!;
    const due = input.reviewers.filter((r) => applicantsOf(input, stage, r.id).length).length;
    frozen.push({ stage, time, typed: copy });
    result.frozen.push(stage);
    row('', stage, '', 'frozen', lang === 'zh' ? `全部 ${due} 位评审员的独立评分已齐，${Object.keys(copy).length} 格冻结` : `the independent scores of all ${due} reviewers are in; ${Object.keys(copy).length} entries frozen`);
  }

  if (!result.accepted.length) return result;
  const plan = buildWorkbook(input, typed);
  plan.sheets.push(...frozen.map((f) => frozenSheet(f, lang)), logSheet(log, lang));
  result.bytes = await renderXlsx(plan);
  return result;
}
