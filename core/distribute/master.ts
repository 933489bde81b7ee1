import { problem, type Problem } from '../i18n/problem';
import { getProfile } from '../profiles/load';
import type { Profile } from '../profiles/profile';
import { buildWorkbook } from '../workbook/build';
import type { Typed, WorkbookInput } from '../workbook/input';
import type { Stage, WorkbookPlan } from '../workbook/plan';
import { readWorkbook, type GridSheet } from '../workbook/read';
import { readRoster, rosterInput } from '../workbook/roster-read';
import { readXlsxGrids } from '../xlsx/read';
import { IDENTITY_SHEET } from './identity';
import { readFrozen, readLog, recordSheetNames, type Frozen, type LogRow } from './records';

export interface Master {
  input: WorkbookInput;
  plan: WorkbookPlan;
  grids: GridSheet[];
  /** Everything typed in the master, as readWorkbook keeps it (invalid entries too, so nothing is lost). */
  typed: Typed;
  log: LogRow[];
  frozen: Partial<Record<Stage, Frozen>>;
}

/**
 * The master workbook as data, or the reasons it cannot be used. A master that would lose something when rewritten
 * (a sheet moved out of place, a sheet nobody planned) is refused before any file is looked at.
 */
export async function openMaster(bytes: Uint8Array, profile?: Profile): Promise<{ master?: Master; problems: Problem[] }> {
  let grids: GridSheet[];
  try {
    grids = await readXlsxGrids(bytes);
  } catch (e) {
    return { problems: [problem('DIST_MASTER_NOT_MASTER', { detail: (e as Error).message })] };
  }
  // the arguments swapped: a reviewer file where the master should be
  if (grids.some((g) => g.name === IDENTITY_SHEET)) return { problems: [problem('DIST_MASTER_IS_REVIEWER_FILE')] };
  const roster = readRoster(grids);
  if (roster.problems.length) return { problems: roster.problems };
  const prof = profile ?? getProfile(roster.profileId);
  if (!prof) return { problems: [problem('DIST_MASTER_PROFILE', { value: roster.profileId })] };
  const input: WorkbookInput = rosterInput(roster, prof);
  const plan = buildWorkbook(input);
  const read = readWorkbook(plan, grids, prof);
  // entry problems stay in the master for the results step to report; a sheet that cannot be read would be lost
  // (the results sheet holds no entries: rebuilding it loses nothing, so a ranked copy from `results` is fine)
  const withInputs = new Set(plan.sheets.filter((s) => s.inputs.length).map((s) => s.name));
  const layout = read.problems.filter((p) => (p.code === 'WB_SHEET_MISSING' || p.code === 'WB_ANCHOR_MOVED') && withInputs.has(p.where?.sheet ?? ''));
  const known = new Set([...plan.sheets.map((s) => s.name), ...recordSheetNames()]);
  for (const g of grids) if (!known.has(g.name)) layout.push(problem('DIST_MASTER_EXTRA_SHEET', undefined, { sheet: g.name }));
  if (layout.length) return { problems: layout };
  return { master: { input, plan, grids, typed: read.typed, log: readLog(grids, input.lang), frozen: readFrozen(grids, input.lang) }, problems: [] };
}
