import type { WorkbookInput } from './input';
import { L, tx } from './labels';
import { emptySheet, setCell, type SheetPlan } from './plan';

/** Column positions of the three roster tables; the reader uses the same numbers. */
export const ROSTER = { headerRow: 3, applicants: 1, reviewers: 6, assignments: 9 } as const;

/** Applicants, reviewers and who scores whom: enough to rebuild the workbook from the file alone. */
export function rosterSheet(input: WorkbookInput): SheetPlan {
  const { lang } = input;
  const s = emptySheet('roster', 'roster', tx(L.roster, lang));
  s.cells.A1 = { value: lang === 'zh' ? `${input.year}年度 申报单位与评审员名单` : `${input.year} applicants and reviewers`, style: 'title' };
  setCell(s, 2, ROSTER.applicants, { value: tx(L.applicants, lang), style: 'category' });
  setCell(s, 2, ROSTER.reviewers, { value: tx(L.reviewers, lang), style: 'category' });
  setCell(s, 2, ROSTER.assignments, { value: tx(L.assignments, lang), style: 'category' });
  const h = ROSTER.headerRow;
  [L.code, L.name, L.industry, L.town].forEach((x, i) => setCell(s, h, ROSTER.applicants + i, { value: tx(x, lang), style: 'header' }));
  [L.code, L.reviewerName].forEach((x, i) => setCell(s, h, ROSTER.reviewers + i, { value: tx(x, lang), style: 'header' }));
  setCell(s, h, ROSTER.assignments, { value: tx(L.reviewer, lang), style: 'header' });
  setCell(s, h, ROSTER.assignments + 1, { value: tx(L.code, lang), style: 'header' });
  setCell(s, h, ROSTER.assignments + 2, { value: lang === 'zh' ? '阶段' : 'Stage', style: 'header' });
  input.applicants.forEach((a, i) =>
    [a.id, a.name, a.industry, a.town].forEach((v, k) => setCell(s, h + 1 + i, ROSTER.applicants + k, { value: v, style: 'text' })),
  );
  input.reviewers.forEach((r, i) => [r.id, r.name].forEach((v, k) => setCell(s, h + 1 + i, ROSTER.reviewers + k, { value: v, style: 'text' })));
  (input.assignments ?? []).forEach((x, i) =>
    [x.reviewerId, x.applicantId, x.stage].forEach((v, k) => setCell(s, h + 1 + i, ROSTER.assignments + k, { value: v, style: 'text' })),
  );
  Object.assign(s.columnWidths, { 1: 20, 2: 28, 3: 12, 4: 12, 5: 3, 6: 10, 7: 10, 8: 3, 9: 10, 10: 20, 11: 10 });
  s.anchors.push({ cell: `A${h}`, text: tx(L.code, lang) });
  s.print = { paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 };
  return s;
}
