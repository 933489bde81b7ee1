import { defenseRows, inputKey, type Typed, type WorkbookInput } from './input';
import { L, tx } from './labels';
import { addr, col, emptySheet, setCell, type SheetPlan } from './plan';
import { entryCell } from './entry-rules';

/** Defense scorers x applicants (Y16.4); the mean is rounded half up to 2 decimals as core's defenseScore. */
export function defenseSheet(input: WorkbookInput, typed: Typed): { sheet: SheetPlan; meanCell: Map<string, string> } | null {
  const { profile, lang } = input;
  const d = profile.defense;
  if (!d) return null;
  const s = emptySheet('defense', 'defense', tx(L.defense, lang));
  const rows = defenseRows(profile);
  s.cells.A1 = { value: lang === 'zh' ? `${input.year}年度 答辩评分表（满分 ${d.max}，${d.clause}）` : `${input.year} defense scores (out of ${d.max}, ${d.clause})`, style: 'title' };
  s.cells.A2 = {
    value:
      lang === 'zh'
        ? `每位评委一行（不少于 ${d.minScorers} 人，顾问不评分）；答辩得分为平均值${d.aggregate === 'trimmed_mean' ? '（5 人及以上去掉最高分和最低分）' : ''}，保留两位小数。`
        : `One row per scorer (at least ${d.minScorers}; advisors do not score); the defense score is the ${d.aggregate === 'trimmed_mean' ? 'trimmed ' : ''}mean, to 2 decimals.`,
    style: 'subtitle',
  };
  setCell(s, 3, 1, { value: tx(L.code, lang), style: 'header' });
  setCell(s, 3, 2, { value: null, style: 'header' });
  setCell(s, 4, 1, { value: '#', style: 'header' });
  setCell(s, 4, 2, { value: tx(L.scorer, lang), style: 'header' });
  s.columnWidths[1] = 5;
  s.columnWidths[2] = 14;
  const firstRow = 5;
  const lastRow = firstRow + rows - 1;
  for (let k = 0; k < rows; k++) {
    setCell(s, firstRow + k, 1, { value: k + 1, style: 'text' });
    const ref = { kind: 'scorer' as const, cell: addr(firstRow + k, 2), scorer: k + 1 };
    s.inputs.push(ref);
    setCell(s, firstRow + k, 2, entryCell(typed[inputKey(ref)], 'entryText'));
  }
  const countRow = lastRow + 1;
  const meanRow = lastRow + 2;
  setCell(s, countRow, 1, { value: tx(L.scorerCount, lang), style: 'category' });
  setCell(s, countRow, 2, { value: null, style: 'category' });
  setCell(s, meanRow, 1, { value: tx(L.mean, lang), style: 'total' });
  setCell(s, meanRow, 2, { value: null, style: 'total' });
  s.merges.push(`A${countRow}:B${countRow}`, `A${meanRow}:B${meanRow}`);
  const meanCell = new Map<string, string>();
  input.applicants.forEach((a, j) => {
    const c = 3 + j;
    setCell(s, 3, c, { value: a.id, style: 'header' });
    setCell(s, 4, c, { value: a.name, style: 'header' });
    s.anchors.push({ cell: addr(3, c), text: a.id });
    s.columnWidths[c] = 12;
    for (let k = 0; k < rows; k++) {
      const ref = { kind: 'defense' as const, cell: addr(firstRow + k, c), scorer: k + 1, applicantId: a.id };
      s.inputs.push(ref);
      setCell(s, firstRow + k, c, entryCell(typed[inputKey(ref)], 'entry', '0.00'));
    }
    const r = `${addr(firstRow, c)}:${addr(lastRow, c)}`;
    setCell(s, countRow, c, { formula: `COUNT(${r})`, style: 'category' });
    // the sum in whole hundredths, then one rounding of hundredths / n: exact, so a mean of x.xx5 rounds up
    const mean = `ROUND(ROUND(SUM(${r})*100,0)/COUNT(${r}),0)/100`;
    const trimmed = `ROUND(ROUND((SUM(${r})-MAX(${r})-MIN(${r}))*100,0)/(COUNT(${r})-2),0)/100`;
    const f = d.aggregate === 'trimmed_mean' ? `IF(COUNT(${r})=0,"",IF(COUNT(${r})>=5,${trimmed},${mean}))` : `IF(COUNT(${r})=0,"",${mean})`;
    const cell = setCell(s, meanRow, c, { formula: f, style: 'total', numFmt: '0.00' });
    meanCell.set(a.id, cell);
    s.outputs.push({ cell, what: 'defense', applicantId: a.id });
  });
  const lastCol = col(2 + Math.max(1, input.applicants.length));
  if (input.applicants.length) {
    s.validations.push({
      range: `C${firstRow}:${lastCol}${lastRow}`,
      rule: { type: 'decimal', min: 0, max: d.max },
      prompt: { title: lang === 'zh' ? '答辩得分' : 'Defense score', message: lang === 'zh' ? `0–${d.max} 分，可保留两位小数` : `0-${d.max} points, up to 2 decimals` },
      error: { title: lang === 'zh' ? '无效分数' : 'Invalid score', message: lang === 'zh' ? `应为 0–${d.max}` : `Must be 0-${d.max}` },
    });
    s.conditionalFormats.push({ range: `C${countRow}:${lastCol}${countRow}`, formula: `C${countRow}<${d.minScorers}`, style: 'flagged' });
  }
  s.freeze = { rows: 4, columns: 2 };
  s.print.area = `A1:${lastCol}${meanRow}`;
  return { sheet: s, meanCell };
}
