import type { Decimal } from '../decimal';
import { problem, type Problem, type Where } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import { parseEntry, parseScore } from '../scoring/entry';
import type { Entry, Override } from '../scoring/tally';
import { inputKey, type Typed } from './input';
import type { CellValue, Stage, WorkbookPlan } from './plan';

/** One sheet as values: A1 address -> what the cell shows (formulas as their results). */
export interface GridSheet {
  name: string;
  cells: Record<string, CellValue>;
}

export interface WorkbookRead {
  /** Everything typed, to rebuild the workbook without losing anything (invalid entries too). */
  typed: Typed;
  entries: Record<Stage, Entry[]>;
  overrides: Record<Stage, Override[]>;
  /** Defense scores by applicant, in scorer order. */
  defense: Map<string, Decimal[]>;
  problems: Problem[];
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());

/**
 * Recover every entry of a filled workbook, laid out as `plan` says, from its grids of values. Each problem names its
 * sheet and cell. A sheet whose headings moved is not read at all: a moved column would put scores on the wrong
 * applicant.
 */
export function readWorkbook(plan: WorkbookPlan, grids: readonly GridSheet[], profile: Profile): WorkbookRead {
  const out: WorkbookRead = {
    typed: {},
    entries: { material: [], site: [] },
    overrides: { material: [], site: [] },
    defense: new Map(),
    problems: [],
  };
  const byName = new Map(grids.map((g) => [g.name, g]));
  const planned = new Set(plan.sheets.map((s) => s.name));
  const unknown = grids.filter((g) => !planned.has(g.name)).map((g) => g.name);
  const step = profile.scoring.step;
  for (const sp of plan.sheets) {
    const g = byName.get(sp.name);
    if (!g) {
      const params: Record<string, string> = { sheet: sp.name };
      if (unknown.length) params.others = unknown.join(', ');
      out.problems.push(problem('WB_SHEET_MISSING', params, { sheet: sp.name }));
      continue;
    }
    const moved = sp.anchors.filter((a) => text(g.cells[a.cell]) !== a.text);
    if (moved.length) {
      const a = moved[0]!;
      out.problems.push(problem('WB_ANCHOR_MOVED', { expected: a.text, found: text(g.cells[a.cell]) }, { sheet: sp.name, cell: a.cell }));
      continue;
    }
    const reasonCell = new Map<string, string>();
    for (const r of sp.inputs) if (r.kind === 'reason') reasonCell.set(`${r.applicantId}|${r.item}`, r.cell);
    for (const ref of sp.inputs) {
      const cellRaw = g.cells[ref.cell] ?? null;
      const raw = typeof cellRaw === 'boolean' ? String(cellRaw) : cellRaw;
      if (cellRaw !== null && cellRaw !== '') out.typed[inputKey(ref)] = cellRaw;
      const where: Where = { sheet: sp.name, cell: ref.cell };
      const bad = (code: string, params: Record<string, string | number>) => out.problems.push(problem(code, params, where));
      switch (ref.kind) {
        case 'score': {
          const e = parseEntry(raw, step);
          if (e.kind === 'error') bad(e.code, { text: e.text, step });
          else {
            out.entries[ref.stage].push({ applicantId: ref.applicantId, reviewerId: ref.reviewerId, item: ref.item, value: e.kind === 'value' ? e.value : null, where });
          }
          break;
        }
        case 'override': {
          const e = parseEntry(raw, step);
          if (e.kind === 'error') bad(e.code, { text: e.text, step });
          else if (e.kind === 'value') {
            const reason = text(g.cells[reasonCell.get(`${ref.applicantId}|${ref.item}`) ?? '']);
            out.overrides[ref.stage].push({ applicantId: ref.applicantId, item: ref.item, value: e.value, reason, where });
          }
          break;
        }
        case 'defense': {
          const max = profile.defense?.max ?? 100;
          const e = parseScore(raw, max);
          if (e.kind === 'error') bad(e.code, { text: e.text, max });
          else if (e.kind === 'value') {
            const list = out.defense.get(ref.applicantId) ?? [];
            list.push(e.value);
            out.defense.set(ref.applicantId, list);
          }
          break;
        }
        default:
          break;
      }
    }
  }
  return out;
}

