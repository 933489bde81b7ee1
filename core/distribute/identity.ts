import { problem, type Problem } from '../i18n/problem';
import { emptySheet, type SheetPlan, type Stage } from '../workbook/plan';
import type { GridSheet } from '../workbook/read';

/** The same name in every language: the reader finds it whatever the master's language. */
export const IDENTITY_SHEET = 'scorebook-id';

export interface Identity {
  year: number;
  profileId: string;
  reviewerId: string;
  stage: Stage;
  /** The layout fingerprint of the file as it was sent out. */
  fingerprint: string;
}

const FIELDS = [
  ['year', 'B3'],
  ['profile', 'B4'],
  ['reviewer', 'B5'],
  ['stage', 'B6'],
  ['fingerprint', 'B7'],
] as const;

/**
 * Who and what a reviewer file is for, on a very hidden protected sheet: Excel shows no way to unhide it, so a
 * reviewer does not meet it, but it travels with every copy of the file.
 */
export function identitySheet(id: Identity): SheetPlan {
  const s = emptySheet('identity', 'setup', IDENTITY_SHEET);
  s.visibility = 'veryHidden';
  s.cells.A1 = { value: 'Scorebook reviewer file' };
  s.cells.A2 = { value: 'format' };
  s.cells.B2 = { value: 1 };
  const values: Record<(typeof FIELDS)[number][0], string | number> = {
    year: id.year,
    profile: id.profileId,
    reviewer: id.reviewerId,
    stage: id.stage,
    fingerprint: id.fingerprint,
  };
  for (const [field, cell] of FIELDS) {
    s.cells[`A${cell.slice(1)}`] = { value: field };
    s.cells[cell] = { value: values[field] };
  }
  return s;
}

/** The identity of a returned file, or why it has none; each problem names the file's identity cell. */
export function readIdentity(grids: readonly GridSheet[]): { identity?: Identity; problems: Problem[] } {
  const g = grids.find((x) => x.name === IDENTITY_SHEET);
  if (!g) return { problems: [problem('DIST_NO_IDENTITY')] };
  const problems: Problem[] = [];
  const get = (cell: string) => {
    const v = g.cells[cell];
    return v === null || v === undefined ? '' : String(v).trim();
  };
  const bad = (field: string, cell: string) => problems.push(problem('DIST_IDENTITY_FIELD', { field, value: get(cell) }, { sheet: IDENTITY_SHEET, cell }));
  const year = Number(get('B3'));
  if (!Number.isInteger(year) || year < 1900) bad('year', 'B3');
  const profileId = get('B4');
  if (!profileId) bad('profile', 'B4');
  const reviewerId = get('B5');
  if (!reviewerId) bad('reviewer', 'B5');
  const stage = get('B6');
  if (stage !== 'material' && stage !== 'site') bad('stage', 'B6');
  const fingerprint = get('B7');
  if (!/^[0-9a-f]{64}$/.test(fingerprint)) bad('fingerprint', 'B7');
  if (problems.length) return { problems };
  return { identity: { year, profileId, reviewerId, stage: stage as Stage, fingerprint }, problems };
}

/** Where each identity field sits, so a mismatch is reported at its cell. */
export const IDENTITY_CELL = { year: 'B3', profile: 'B4', reviewer: 'B5', stage: 'B6', fingerprint: 'B7' } as const;
