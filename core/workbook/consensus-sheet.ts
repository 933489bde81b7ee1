import type { Lang } from '../i18n/lang';
import { leafItems } from '../profiles/criteria';
import type { Profile } from '../profiles/profile';
import { applicantsOf, groupsOf, inputKey, type Typed, type WorkbookInput } from './input';
import { L, tx } from './labels';
import { consensusSheetName, scoreSheetName } from './names';
import { addr, col, emptySheet, setCell, sheetRef, type SheetPlan, type Stage } from './plan';
import { scoreLayout } from './score-sheet';
import { entryCell, invalidPercentFormula, percentValidation } from './entry-rules';

/** Where the stage result of each applicant sits on a consensus sheet, for the results sheet to refer to. */
export interface ConsensusSummary {
  sheet: string;
  totalCell: Map<string, string>;
  categoryCell: Map<string, Map<string, string>>;
}

const SUMMARY_HEADER_ROW = 4;

/**
 * One stage's consensus: every reviewer's percentage per item and applicant (read from their sheets), spread, band
 * gap, flag, the default consensus (mean rounded half up to the step, in integer arithmetic as core does it), the
 * group leader's value and reason, the value in force and its points; a summary of subtotals and totals on top.
 */
export function consensusSheet(input: WorkbookInput, stage: Stage, typed: Typed): { sheet: SheetPlan; summary: ConsensusSummary } {
  const { profile, lang } = input;
  const name = consensusSheetName(stage, lang);
  const s = emptySheet(`consensus:${stage}`, 'consensus', name);
  const step = profile.scoring.step;
  const items = leafItems(profile.criteria);
  const nItems = items.length;
  const groups = groupsOf(input, stage);
  const G = Math.max(1, ...[...groups.values()].map((g) => g.length));
  const lay = scoreLayout(profile);
  const reviewerById = new Map(input.reviewers.map((r) => [r.id, r]));
  const indexOn = new Map<string, Map<string, number>>();
  for (const r of input.reviewers) indexOn.set(r.id, new Map(applicantsOf(input, stage, r.id).map((a, j) => [a.id, j])));

  s.cells.A1 = {
    value: lang === 'zh' ? `${input.year}年度 ${tx(L.stage[stage], lang)}合议表` : `${input.year} ${tx(L.stage[stage], lang)} consensus`,
    style: 'title',
  };
  s.cells.A2 = {
    value:
      lang === 'zh'
        ? `合议值默认为组员得分率的平均值，按 ${step} 四舍五入；极差 ≥ ${profile.consensus.spreadThreshold} 或相差 ≥ ${profile.consensus.bandGap} 档的条款需讨论。组长可填写修改值并注明理由。`
        : `The default consensus is the mean rounded half up to ${step}; items with a spread of ${profile.consensus.spreadThreshold} or more, or ${profile.consensus.bandGap} bands apart, are flagged. The group leader may enter a value with a reason.`,
    style: 'subtitle',
  };
  const cats = profile.criteria.categories;
  const sc = { total: 3 + cats.length, missing: 4 + cats.length, flagged: 5 + cats.length };
  setCell(s, SUMMARY_HEADER_ROW, 1, { value: tx(L.code, lang), style: 'header' });
  setCell(s, SUMMARY_HEADER_ROW, 2, { value: tx(L.name, lang), style: 'header' });
  cats.forEach((c, i) => setCell(s, SUMMARY_HEADER_ROW, 3 + i, { value: `${c.clause} ${tx(c.name, lang)}（${c.points}）`, style: 'header' }));
  setCell(s, SUMMARY_HEADER_ROW, sc.total, { value: tx(L.total, lang), style: 'header' });
  setCell(s, SUMMARY_HEADER_ROW, sc.missing, { value: tx(L.missing, lang), style: 'header' });
  setCell(s, SUMMARY_HEADER_ROW, sc.flagged, { value: tx(L.flaggedCount, lang), style: 'header' });
  s.rowHeights[SUMMARY_HEADER_ROW] = 45;

  const dHead = SUMMARY_HEADER_ROW + input.applicants.length + 2;
  const dc = {
    rv: 6,
    n: 6 + G,
    spread: 7 + G,
    band: 8 + G,
    flag: 9 + G,
    def: 10 + G,
    ovr: 11 + G,
    reason: 12 + G,
    value: 13 + G,
    points: 14 + G,
  };
  const heads: [number, string][] = [
    [1, tx(L.code, lang)],
    [2, tx(L.name, lang)],
    [3, tx(L.clause, lang)],
    [4, tx(L.item, lang)],
    [5, tx(L.points, lang)],
    ...Array.from({ length: G }, (_, g): [number, string] => [dc.rv + g, `${tx(L.reviewer, lang)}${g + 1}`]),
    [dc.n, tx(L.groupSize, lang)],
    [dc.spread, tx(L.spread, lang)],
    [dc.band, tx(L.bandGap, lang)],
    [dc.flag, tx(L.flag, lang)],
    [dc.def, tx(L.defaultConsensus, lang)],
    [dc.ovr, tx(L.override, lang)],
    [dc.reason, tx(L.reason, lang)],
    [dc.value, tx(L.consensusValue, lang)],
    [dc.points, tx(L.itemPoints, lang)],
  ];
  for (const [c, v] of heads) setCell(s, dHead, c, { value: v, style: 'header' });
  s.rowHeights[dHead] = 30;
  Object.assign(s.columnWidths, { 1: 20, 2: 22, 3: 7, 4: 20, 5: 6, [dc.reason]: 28 });
  for (let c = 3; c <= sc.flagged; c++) s.columnWidths[c] ??= 11;
  s.freeze = { rows: 0, columns: 2 };
  s.print = { paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0 };
  const floors = `{${profile.scoring.bandFloors.join(',')}}`;
  const flagText = tx(L.flag, lang);

  const summary: ConsensusSummary = { sheet: name, totalCell: new Map(), categoryCell: new Map() };
  let row = dHead + 1;
  input.applicants.forEach((a, k) => {
    const group = groups.get(a.id)!;
    const n = group.length;
    const hr = row++;
    setCell(s, hr, 1, { value: a.id, style: 'category' });
    setCell(s, hr, 2, { value: a.name, style: 'category' });
    for (let c = 3; c <= dc.points; c++) setCell(s, hr, c, { value: null, style: 'category' });
    group.forEach((rid, g) => setCell(s, hr, dc.rv + g, { value: reviewerById.get(rid)!.name, style: 'category' }));
    s.anchors.push({ cell: addr(hr, 1), text: a.id });
    const first = row;
    const itemRows = new Map<string, number>();
    for (const it of items) {
      const r = row++;
      itemRows.set(it.clause, r);
      setCell(s, r, 1, { value: a.id, style: 'text' });
      setCell(s, r, 2, { value: a.name, style: 'text' });
      setCell(s, r, 3, { value: it.clause, style: 'text' });
      setCell(s, r, 4, { value: tx(it.name, lang), style: 'text' });
      setCell(s, r, 5, { value: it.points, style: 'text' });
      s.anchors.push({ cell: addr(r, 3), text: it.clause });
      group.forEach((rid, g) => {
        const j = indexOn.get(rid)!.get(a.id)!;
        const src = sheetRef(scoreSheetName(stage, reviewerById.get(rid)!, lang), addr(lay.itemRow.get(it.clause)!, lay.pctCol(j)));
        setCell(s, r, dc.rv + g, { formula: `IF(ISNUMBER(${src}),${src},"")`, style: 'formula' });
      });
      for (let g = n; g < G; g++) setCell(s, r, dc.rv + g, { value: null, style: 'text' });
      const vals = `${addr(r, dc.rv)}:${addr(r, dc.rv + G - 1)}`;
      setCell(s, r, dc.n, { value: n, style: 'text' });
      const nc = addr(r, dc.n);
      const spread = setCell(s, r, dc.spread, { formula: `MAX(${vals})-MIN(${vals})`, style: 'formula' });
      const band = setCell(s, r, dc.band, { formula: `IF(COUNT(${vals})=0,0,MATCH(MAX(${vals}),${floors},1)-MATCH(MIN(${vals}),${floors},1))`, style: 'formula' });
      const flag = setCell(s, r, dc.flag, {
        formula: `IF(OR(${spread}>=${profile.consensus.spreadThreshold},${band}>=${profile.consensus.bandGap}),"${flagText}","")`,
        style: 'formula',
      });
      // round(sum / (n*step)) half up, as floor((2*sum + n*step) / (2*n*step)): whole numbers only, so no float
      // error can move a mean that sits exactly half-way (62.5 -> 65)
      const def = setCell(s, r, dc.def, {
        formula: `IF(AND(${nc}>0,COUNT(${vals})=${nc}),INT((2*SUM(${vals})+${nc}*${step})/(2*${nc}*${step}))*${step},"")`,
        style: 'formula',
      });
      const oref = { kind: 'override' as const, cell: addr(r, dc.ovr), stage, applicantId: a.id, item: it.clause };
      const rref = { kind: 'reason' as const, cell: addr(r, dc.reason), stage, applicantId: a.id, item: it.clause };
      s.inputs.push(oref, rref);
      setCell(s, r, dc.ovr, entryCell(typed[inputKey(oref)], 'entry', '0'));
      setCell(s, r, dc.reason, entryCell(typed[inputKey(rref)], 'entryText'));
      const value = setCell(s, r, dc.value, { formula: `IF(ISNUMBER(${oref.cell}),${oref.cell},${def})`, style: 'formula' });
      const pts = setCell(s, r, dc.points, { formula: `IF(ISNUMBER(${value}),ROUND($E${r}*${value}/100,2),"")`, style: 'formula', numFmt: '0.00' });
      const o = { applicantId: a.id, item: it.clause };
      s.outputs.push(
        { cell: spread, what: 'spread', ...o },
        { cell: band, what: 'band_gap', ...o },
        { cell: flag, what: 'flag', ...o },
        { cell: def, what: 'default_consensus', ...o },
        { cell: value, what: 'consensus', ...o },
        { cell: pts, what: 'item_points', ...o },
      );
    }
    const last = row - 1;
    const ovrRange = `${addr(first, dc.ovr)}:${addr(last, dc.ovr)}`;
    s.validations.push(percentValidation(ovrRange, step, profile.scoring.bandFloors, lang));
    s.conditionalFormats.push({ range: ovrRange, formula: invalidPercentFormula(addr(first, dc.ovr), step), style: 'invalid' });
    // a leader's value without its reason is refused when results are made: show it before
    s.conditionalFormats.push({
      range: `${addr(first, dc.reason)}:${addr(last, dc.reason)}`,
      formula: `AND(NOT(ISBLANK(${addr(first, dc.ovr)})),LEN(TRIM(${addr(first, dc.reason)}))=0)`,
      style: 'invalid',
    });
    s.conditionalFormats.push({ range: `${addr(first, dc.flag)}:${addr(last, dc.flag)}`, formula: `${addr(first, dc.flag)}<>""`, style: 'flagged' });

    const sr = SUMMARY_HEADER_ROW + 1 + k;
    setCell(s, sr, 1, { value: a.id, style: 'text' });
    setCell(s, sr, 2, { value: a.name, style: 'text' });
    s.anchors.push({ cell: addr(sr, 1), text: a.id });
    const catCells = new Map<string, string>();
    cats.forEach((c, ci) => {
      const f = itemRows.get(c.items[0]!.clause)!;
      const l = itemRows.get(c.items[c.items.length - 1]!.clause)!;
      const range = `${addr(f, dc.points)}:${addr(l, dc.points)}`;
      const cell = setCell(s, sr, 3 + ci, {
        formula: `IF(COUNT(${range})=${c.items.length},ROUND(SUM(${range}),2),"")`,
        style: 'formula',
        numFmt: '0.00',
      });
      catCells.set(c.clause, cell);
      s.outputs.push({ cell, what: 'category', applicantId: a.id, category: c.clause });
    });
    const vals = `${addr(first, dc.rv)}:${addr(last, dc.rv + G - 1)}`;
    const missing = setCell(s, sr, sc.missing, { formula: `${nItems * n}-COUNT(${vals})`, style: 'formula' });
    const pointsRange = `${addr(first, dc.points)}:${addr(last, dc.points)}`;
    // as core: the stage score waits for every reviewer's every entry, even where the leader set a value
    const total = setCell(s, sr, sc.total, {
      formula: `IF(AND(${missing}=0,COUNT(${pointsRange})=${nItems}),ROUND(SUM(${[...catCells.values()].join(',')}),2),"")`,
      style: 'total',
      numFmt: '0.00',
    });
    const flagged = setCell(s, sr, sc.flagged, { formula: `COUNTIF(${addr(first, dc.flag)}:${addr(last, dc.flag)},"${flagText}")`, style: 'formula' });
    s.outputs.push({ cell: total, what: 'total', applicantId: a.id }, { cell: missing, what: 'missing', applicantId: a.id }, { cell: flagged, what: 'flagged_count', applicantId: a.id });
    summary.totalCell.set(a.id, total);
    summary.categoryCell.set(a.id, catCells);
  });
  s.print.area = `A1:${col(dc.points)}${row - 1}`;
  return { sheet: s, summary };
}
