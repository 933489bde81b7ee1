import type { Lang } from '../i18n/lang';
import { leafItems } from '../profiles/criteria';
import type { Profile } from '../profiles/profile';
import type { Applicant, Reviewer, Typed } from './input';
import { inputKey } from './input';
import { bandGuide, bandPrompt, L, tx } from './labels';
import { addr, emptySheet, setCell, type SheetPlan, type Stage } from './plan';
import { scoreSheetName } from './names';
import { entryCell, invalidPercentFormula, percentValidation } from './entry-rules';

export const SCORE_FIRST_ROW = 6;
const HEAD_ROW = 5;
const FIXED_COLUMNS = 4;

/** Where things are on a score sheet: one row per category and item, three columns per applicant. */
export interface ScoreLayout {
  categoryRow: Map<string, number>;
  itemRow: Map<string, number>;
  totalRow: number;
  pctCol: (j: number) => number;
  pointsCol: (j: number) => number;
  commentCol: (j: number) => number;
}

export function scoreLayout(profile: Profile): ScoreLayout {
  const categoryRow = new Map<string, number>();
  const itemRow = new Map<string, number>();
  let row = SCORE_FIRST_ROW;
  for (const c of profile.criteria.categories) {
    categoryRow.set(c.clause, row++);
    for (const i of c.items) itemRow.set(i.clause, row++);
  }
  return {
    categoryRow,
    itemRow,
    totalRow: row,
    pctCol: (j) => FIXED_COLUMNS + 1 + 3 * j,
    pointsCol: (j) => FIXED_COLUMNS + 2 + 3 * j,
    commentCol: (j) => FIXED_COLUMNS + 3 + 3 * j,
  };
}

/**
 * One reviewer's sheet for one stage, holding only the applicants assigned to them. Item points, category subtotals
 * and the reviewer's total are live formulas; a subtotal shows only once every item under it is scored, as in core.
 */
export function scoreSheet(
  profile: Profile,
  year: number,
  lang: Lang,
  stage: Stage,
  reviewer: Reviewer,
  applicants: readonly Applicant[],
  typed: Typed,
): SheetPlan {
  const s = emptySheet(`score:${stage}:${reviewer.id}`, 'score', scoreSheetName(stage, reviewer, lang));
  const lay = scoreLayout(profile);
  const step = profile.scoring.step;
  s.cells.A1 = {
    value: lang === 'zh' ? `${year}年度 ${tx(L.stage[stage], lang)}评分表 — ${reviewer.name}（${reviewer.id}）` : `${year} ${tx(L.stage[stage], lang)} score sheet — ${reviewer.name} (${reviewer.id})`,
    style: 'title',
  };
  s.cells.A2 = { value: `${tx(profile.name, lang)} · ${tx(profile.criteria.name, lang)}`, style: 'subtitle' };
  const heads = [L.clause, L.item, L.points, L.guide];
  heads.forEach((h, i) => setCell(s, HEAD_ROW, i + 1, { value: tx(h, lang), style: 'header' }));
  s.merges.push('A3:D4');
  s.cells.A3 = { value: lang === 'zh' ? '申报单位 →' : 'Applicant →', style: 'header' };
  Object.assign(s.columnWidths, { 1: 7, 2: 18, 3: 6, 4: 40 });
  s.freeze = { rows: HEAD_ROW, columns: FIXED_COLUMNS };
  s.rowHeights[HEAD_ROW] = 30;
  // at 70% two applicants fit an A4 landscape page; the item columns and headings repeat on every page
  s.print = { paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, scale: 70, titleRows: '3:5', titleColumns: 'A:D' };

  for (const c of profile.criteria.categories) {
    const r = lay.categoryRow.get(c.clause)!;
    setCell(s, r, 1, { value: c.clause, style: 'category' });
    setCell(s, r, 2, { value: tx(c.name, lang), style: 'category' });
    setCell(s, r, 3, { value: c.points, style: 'category' });
    setCell(s, r, 4, { value: `${tx(c.kind === 'process' ? L.process : L.resultsKind, lang)}`, style: 'category' });
    s.anchors.push({ cell: addr(r, 1), text: c.clause });
    for (const it of c.items) {
      const ir = lay.itemRow.get(it.clause)!;
      setCell(s, ir, 1, { value: it.clause, style: 'text' });
      setCell(s, ir, 2, { value: tx(it.name, lang), style: 'wrap' });
      setCell(s, ir, 3, { value: it.points, style: 'text' });
      setCell(s, ir, 4, { value: bandGuide(c.kind, profile.scoring.bandFloors, step, lang), style: 'guide' });
      s.rowHeights[ir] = 78;
      s.anchors.push({ cell: addr(ir, 1), text: it.clause });
    }
  }
  const tr = lay.totalRow;
  setCell(s, tr, 2, { value: tx(L.total, lang), style: 'total' });
  setCell(s, tr, 3, { value: profile.criteria.total, style: 'total' });
  for (const cc of [1, 4]) setCell(s, tr, cc, { value: null, style: 'total' });

  const nItems = leafItems(profile.criteria).length;
  applicants.forEach((a, j) => {
    const pc = lay.pctCol(j);
    const ptc = lay.pointsCol(j);
    const cc = lay.commentCol(j);
    // code and name each across the applicant's three columns: a credit code is 18 characters
    setCell(s, 3, pc, { value: a.id, style: 'header' });
    setCell(s, 4, pc, { value: a.name, style: 'header' });
    s.merges.push(`${addr(3, pc)}:${addr(3, cc)}`, `${addr(4, pc)}:${addr(4, cc)}`);
    s.anchors.push({ cell: addr(3, pc), text: a.id });
    setCell(s, HEAD_ROW, pc, { value: tx(L.pct, lang), style: 'header' });
    setCell(s, HEAD_ROW, ptc, { value: tx(L.itemPoints, lang), style: 'header' });
    setCell(s, HEAD_ROW, cc, { value: tx(L.comment, lang), style: 'header' });
    Object.assign(s.columnWidths, { [pc]: 9, [ptc]: 9, [cc]: 22 });

    const pctCells: string[] = [];
    const pointCells: string[] = [];
    for (const c of profile.criteria.categories) {
      const catPoints: string[] = [];
      const first = lay.itemRow.get(c.items[0]!.clause)!;
      const last = lay.itemRow.get(c.items[c.items.length - 1]!.clause)!;
      for (const it of c.items) {
        const ir = lay.itemRow.get(it.clause)!;
        const p = addr(ir, pc);
        const ref = { kind: 'score' as const, cell: p, stage, reviewerId: reviewer.id, applicantId: a.id, item: it.clause };
        s.inputs.push(ref);
        setCell(s, ir, pc, entryCell(typed[inputKey(ref)], 'entry', '0'));
        const cref = { kind: 'comment' as const, cell: addr(ir, cc), stage, reviewerId: reviewer.id, applicantId: a.id, item: it.clause };
        s.inputs.push(cref);
        setCell(s, ir, cc, entryCell(typed[inputKey(cref)], 'entryText'));
        const pts = setCell(s, ir, ptc, {
          // points x percent / 100 is exact to the cent for whole points and percents; ROUND hides float noise
          formula: `IF(ISNUMBER(${p}),ROUND($C${ir}*${p}/100,2),"")`,
          style: 'formula',
          numFmt: '0.00',
        });
        s.outputs.push({ cell: pts, what: 'item_points', applicantId: a.id, reviewerId: reviewer.id, item: it.clause });
        pctCells.push(p);
        pointCells.push(pts);
        catPoints.push(pts);
      }
      const range = `${addr(first, pc)}:${addr(last, pc)}`;
      s.validations.push(percentValidation(range, step, profile.scoring.bandFloors, lang));
      s.conditionalFormats.push({ range, formula: invalidPercentFormula(addr(first, pc), step), style: 'invalid' });
      const cr = lay.categoryRow.get(c.clause)!;
      const ptsRange = `${addr(first, ptc)}:${addr(last, ptc)}`;
      const sub = setCell(s, cr, ptc, {
        formula: `IF(COUNT(${ptsRange})=${c.items.length},ROUND(SUM(${ptsRange}),2),"")`,
        style: 'category',
        numFmt: '0.00',
      });
      setCell(s, cr, pc, { value: null, style: 'category' });
      setCell(s, cr, cc, { value: null, style: 'category' });
      s.outputs.push({ cell: sub, what: 'category', applicantId: a.id, reviewerId: reviewer.id, category: c.clause });
    }
    const all = `${addr(SCORE_FIRST_ROW, ptc)}:${addr(tr - 1, ptc)}`;
    const catCells = profile.criteria.categories.map((c) => addr(lay.categoryRow.get(c.clause)!, ptc));
    const total = setCell(s, tr, ptc, {
      formula: `IF(COUNT(${pointCells.join(',')})=${nItems},ROUND(SUM(${catCells.join(',')}),2),"")`,
      style: 'total',
      numFmt: '0.00',
    });
    void all;
    setCell(s, tr, pc, { formula: `COUNT(${pctCells.join(',')})&"/${nItems}"`, style: 'total' });
    setCell(s, tr, cc, { value: null, style: 'total' });
    s.outputs.push({ cell: total, what: 'total', applicantId: a.id, reviewerId: reviewer.id });
  });
  return s;
}
