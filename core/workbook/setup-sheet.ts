import type { WorkbookInput } from './input';
import { L, tx } from './labels';
import { emptySheet, setCell, type SheetPlan } from './plan';

export const SETUP_PROFILE_CELL = 'B4';
export const SETUP_YEAR_CELL = 'B5';

/** Every rule value in force, with its clause, and the criteria tree with each row's `confirmed` status. */
export function setupSheet(input: WorkbookInput): SheetPlan {
  const { profile: p, lang } = input;
  const zh = lang === 'zh';
  const s = emptySheet('setup', 'setup', tx(L.setup, lang));
  s.cells.A1 = { value: zh ? `${input.year}年度 评审设置` : `${input.year} set-up`, style: 'title' };
  s.cells.A2 = { value: p.sources.join('；'), style: 'subtitle' };
  [L.setting, L.value, L.source].forEach((h, i) => setCell(s, 3, i + 1, { value: tx(h, lang), style: 'header' }));
  const rows: [string, string | number, string][] = [
    [zh ? '规则配置' : 'Profile', p.id, ''],
    [zh ? '年度' : 'Year', input.year, ''],
    [zh ? '规则名称' : 'Profile name', tx(p.name, lang), ''],
    [zh ? '评价准则' : 'Criteria', tx(p.criteria.name, lang), ''],
    [zh ? '评分步长（%）' : 'Step (%)', p.scoring.step, ''],
    [zh ? '档次下限（%）' : 'Band floors (%)', p.scoring.bandFloors.join(', '), 'GB/Z 19579'],
    [zh ? '需讨论：极差 ≥' : 'Flag: spread ≥', p.consensus.spreadThreshold, ''],
    [zh ? '需讨论：相差档数 ≥' : 'Flag: bands apart ≥', p.consensus.bandGap, ''],
    [zh ? '合议方法' : 'Consensus', zh ? `平均值按 ${p.scoring.step} 四舍五入` : `mean rounded half up to ${p.scoring.step}`, ''],
    [zh ? '评审组人数' : 'Group size', `${p.group.min}–${p.group.max}`, p.group.clause],
  ];
  if (p.weights) rows.push([zh ? '权重：资料 / 现场' : 'Weights: material / site', `${p.weights.material} / ${p.weights.site}`, p.weights.clause]);
  if (p.defense) rows.push([zh ? '答辩满分 / 最少评委' : 'Defense max / min scorers', `${p.defense.max} / ${p.defense.minScorers}`, p.defense.clause]);
  const cut = (label: string, c: { value: string; clause: string } | null) => {
    if (c) rows.push([label, c.value, c.clause]);
  };
  cut(zh ? '资料评审分数线' : 'Material cut-off', p.cutoffs.material);
  cut(zh ? '评审得分分数线' : 'Review cut-off', p.cutoffs.review);
  cut(zh ? '综合得分分数线' : 'Composite cut-off', p.cutoffs.composite);
  rows.push([zh ? '排名依据' : 'Ranked by', p.ranking.score, p.ranking.clause]);
  rows.push([zh ? '名额' : 'Quota', p.quota.max, p.quota.clause]);
  rows.push([zh ? '同分依次比较' : 'Tie-breaks', p.tieBreaks.join(' > '), p.tieClause]);
  rows.forEach(([k, v, c], i) => {
    setCell(s, 4 + i, 1, { value: k, style: 'text' });
    setCell(s, 4 + i, 2, { value: v, style: 'text' });
    setCell(s, 4 + i, 3, { value: c, style: 'text' });
  });
  let r = 4 + rows.length + 1;
  [L.clause, L.item, L.points, L.process, L.confirmed].forEach((h, i) =>
    setCell(s, r, i + 1, { value: i === 3 ? (zh ? '类型' : 'Kind') : i === 4 ? (zh ? '核实状态' : 'Status') : tx(h, lang), style: 'header' }),
  );
  r++;
  for (const c of p.criteria.categories) {
    const status = (ok: boolean) => tx(ok ? L.confirmed : L.toConfirm, lang);
    [c.clause, tx(c.name, lang), c.points, tx(c.kind === 'process' ? L.process : L.resultsKind, lang), status(c.confirmed)].forEach((v, i) =>
      setCell(s, r, i + 1, { value: v, style: 'category' }),
    );
    r++;
    for (const it of c.items) {
      [it.clause, tx(it.name, lang), it.points, '', status(it.confirmed)].forEach((v, i) => setCell(s, r, i + 1, { value: v, style: 'text' }));
      r++;
    }
  }
  Object.assign(s.columnWidths, { 1: 24, 2: 40, 3: 12, 4: 10, 5: 12 });
  s.anchors.push({ cell: SETUP_PROFILE_CELL, text: p.id });
  s.print = { paper: 'A4', orientation: 'portrait', fitToWidth: 1, fitToHeight: 0 };
  return s;
}
