import type { Applicant, WorkbookInput } from '../../core/workbook/input';
import { emptySheet, type SheetPlan } from '../../core/workbook/plan';

/** A hidden sheet holds what the add-in needs to rebuild the workbook when it is reopened: the year's input. */
export const STATE_SHEET = '_scorebook';
export const LOG_SHEET = 'Scorebook 日志';
const MARK = 'Scorebook state v1 (do not edit)';
/** Excel holds at most 32,767 characters in a cell. */
const PIECE = 30_000;

export interface AddinState {
  input: WorkbookInput;
  /** Sheet key -> the name the add-in gave it, to tell a sheet a user renamed or deleted from one never made. */
  registry: Record<string, string>;
  /** Log of the panel draw seed etc., kept for the record. */
  notes: Record<string, string>;
  /** Applicants found ineligible and taken off the roster by the draw: exported with the outcome `ineligible`. */
  ineligible?: Applicant[];
}

export function stateSheet(state: AddinState): SheetPlan {
  const s = emptySheet('state', 'setup', STATE_SHEET);
  s.protection = null;
  s.cells.A1 = { value: MARK };
  const json = JSON.stringify(state);
  for (let i = 0, r = 2; i < json.length; i += PIECE, r++) s.cells[`A${r}`] = { value: json.slice(i, i + PIECE) };
  return s;
}

/** The state from the sheet's values (column A), or null when the sheet is missing or not ours. */
export function parseState(values: readonly (readonly unknown[])[] | null): AddinState | null {
  if (!values || values[0]?.[0] !== MARK) return null;
  const json = values
    .slice(1)
    .map((r) => String(r[0] ?? ''))
    .join('');
  try {
    const s = JSON.parse(json) as AddinState;
    return s && s.input && s.registry ? s : null;
  } catch {
    return null;
  }
}
