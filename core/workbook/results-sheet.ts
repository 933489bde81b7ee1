import { fmt2, type Decimal } from '../decimal';
import type { Lang } from '../i18n/lang';
import type { Profile, TieBreak } from '../profiles/profile';
import type { Outcome, Selection } from '../selection/select';
import type { ConsensusSummary } from './consensus-sheet';
import type { Applicant, WorkbookInput } from './input';
import { L, OUTCOME_LABEL, tx } from './labels';
import { addr, col, emptySheet, setCell, sheetRef, type CellPlan, type SheetPlan } from './plan';

type ColKey = 'rank' | 'code' | 'name' | 'industry' | 'material' | 'site' | 'defense' | 'review' | 'composite' | 'score' | 'outcome' | 'clause';
type HelperKey = 'results' | 'finalist' | 'sameRank';

const HEADER_ROW = 4;

function columnsOf(p: Profile): ColKey[] {
  const cols: ColKey[] = ['rank', 'code', 'name', 'industry', 'material', 'site'];
  if (p.defense) cols.push('defense');
  if (p.weights) cols.push('review');
  if (p.weights && p.defense) cols.push('composite');
  cols.push('score', 'outcome', 'clause');
  return cols;
}

const HEAD: Record<ColKey | HelperKey, { zh: string; en: string }> = {
  rank: L.rank,
  code: L.code,
  name: L.name,
  industry: L.industry,
  material: L.material,
  site: L.site,
  defense: L.defenseScore,
  review: L.review,
  composite: L.composite,
  score: L.rankingScore,
  outcome: L.outcome,
  clause: L.decidedBy,
  results: L.resultsCat,
  finalist: L.finalist,
  sameRank: L.groupOfRank,
};

const WIDTH: Record<ColKey, number> = {
  rank: 6, code: 20, name: 26, industry: 12, material: 11, site: 11, defense: 10, review: 11, composite: 11, score: 11, outcome: 18, clause: 10,
};

function frame(input: WorkbookInput, key: string): { s: SheetPlan; c: Record<ColKey | HelperKey, number>; cols: ColKey[] } {
  const { profile, lang } = input;
  const s = emptySheet(key, 'results', tx(L.results, lang));
  const cols = columnsOf(profile);
  const c = {} as Record<ColKey | HelperKey, number>;
  cols.forEach((k, i) => (c[k] = i + 1));
  c.results = cols.length + 2;
  c.finalist = cols.length + 3;
  c.sameRank = cols.length + 4;
  s.cells.A1 = {
    value: lang === 'zh' ? `${input.year}年度 ${profile.name.zh} 评审结果` : `${input.year} ${profile.name.en}: results`,
    style: 'title',
  };
  s.cells.A2 = { value: rulesLine(profile, lang), style: 'subtitle' };
  for (const k of cols) {
    setCell(s, HEADER_ROW, c[k], { value: tx(HEAD[k], lang), style: 'header' });
    s.columnWidths[c[k]] = WIDTH[k];
  }
  s.rowHeights[HEADER_ROW] = 30;
  s.print = { paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, titleRows: `${HEADER_ROW}:${HEADER_ROW}` };
  s.freeze = { rows: HEADER_ROW, columns: 0 };
  return { s, c, cols };
}

function rulesLine(p: Profile, lang: Lang): string {
  const parts: string[] = [];
  const zh = lang === 'zh';
  if (p.cutoffs.material) parts.push(zh ? `资料评审 ≥ ${p.cutoffs.material.value}（${p.cutoffs.material.clause}）` : `material ≥ ${p.cutoffs.material.value} (${p.cutoffs.material.clause})`);
  if (p.weights) parts.push(zh ? `评审得分 = 资料 × ${p.weights.material} + 现场 × ${p.weights.site}（${p.weights.clause}）` : `review = material × ${p.weights.material} + site × ${p.weights.site} (${p.weights.clause})`);
  if (p.cutoffs.review) parts.push(zh ? `评审得分 ≥ ${p.cutoffs.review.value}（${p.cutoffs.review.clause}）` : `review ≥ ${p.cutoffs.review.value} (${p.cutoffs.review.clause})`);
  if (p.cutoffs.composite) parts.push(zh ? `综合得分 ≥ ${p.cutoffs.composite.value}（${p.cutoffs.composite.clause}）` : `composite ≥ ${p.cutoffs.composite.value} (${p.cutoffs.composite.clause})`);
  parts.push(zh ? `名额 ${p.quota.max}（${p.quota.clause}）` : `quota ${p.quota.max} (${p.quota.clause})`);
  return parts.join(zh ? '；' : '; ');
}

function signatures(s: SheetPlan, from: number, lastCol: number, lang: Lang): number {
  let r = from + 1;
  setCell(s, r, 1, { value: tx(L.signatures, lang), style: 'signature' });
  r += 2;
  for (let line = 0; line < 2; line++) {
    setCell(s, r, 2, { value: '______________________        ______________________        ______________________', style: 'signature' });
    r += 2;
  }
  setCell(s, r, Math.max(2, lastCol - 3), { value: tx(L.date, lang), style: 'signature' });
  return r;
}

function vacancyText(p: Profile, lang: Lang): string {
  return lang === 'zh' ? `本年度无单位达到条件，奖项空缺（${p.vacancyClause}）` : `Nobody qualifies: the award is vacant this year (${p.vacancyClause})`;
}

function tieText(p: Profile, lang: Lang): string {
  return lang === 'zh'
    ? `有单位并列最后名额，经全部排序规则仍无法区分，须由评选委员会表决（${p.tieClause}）`
    : `Applicants are tied for the last place after every tie-break: the committee decides (${p.tieClause})`;
}

/** Where the numbers come from: the consensus summaries and the defense means. */
export interface ResultSources {
  material: ConsensusSummary;
  site: ConsensusSummary;
  defenseMean: Map<string, string> | null;
  defenseSheet: string | null;
}

/**
 * The results sheet with live formulas, one row per applicant in roster order: stage scores from the consensus
 * sheets, review, composite, the ranking among those who pass every cut-off with the profile's tie-breaks
 * (COUNTIFS over equal scores), and the outcome by the same steps as core's select().
 */
export function liveResultsSheet(input: WorkbookInput, src: ResultSources): SheetPlan {
  const { profile: p, lang } = input;
  const { s, c, cols } = frame(input, 'results');
  for (const k of ['results', 'finalist', 'sameRank'] as const) {
    setCell(s, HEADER_ROW, c[k], { value: tx(HEAD[k], lang), style: 'header' });
    s.hiddenColumns.push(c[k]);
  }
  const first = HEADER_ROW + 1;
  const n = input.applicants.length;
  const last = first + Math.max(n, 1) - 1;
  const colRange = (k: ColKey | HelperKey) => `$${col(c[k])}$${first}:$${col(c[k])}$${last}`;
  const num = (ref: string) => `IF(ISNUMBER(${ref}),${ref},"")`;
  const resultCats = p.criteria.categories.filter((x) => x.kind === 'results');
  const label = (o: Outcome) => `"${tx(OUTCOME_LABEL[o], lang)}"`;

  input.applicants.forEach((a, i) => {
    const r = first + i;
    const at = (k: ColKey | HelperKey) => addr(r, c[k]);
    const put = (k: ColKey | HelperKey, cell: CellPlan, what?: string) => {
      setCell(s, r, c[k], { style: 'formula', ...cell });
      if (what) s.outputs.push({ cell: at(k), what, applicantId: a.id });
    };
    put('code', { value: a.id, style: 'text' });
    put('name', { value: a.name, style: 'text' });
    put('industry', { value: a.industry, style: 'text' });
    s.anchors.push({ cell: at('code'), text: a.id });
    put('material', { formula: num(sheetRef(src.material.sheet, src.material.totalCell.get(a.id)!)), numFmt: '0.00' }, 'material');
    put('site', { formula: num(sheetRef(src.site.sheet, src.site.totalCell.get(a.id)!)), numFmt: '0.00' }, 'site');
    const rc = resultCats.map((x) => sheetRef(src.site.sheet, src.site.categoryCell.get(a.id)!.get(x.clause)!));
    put('results', { formula: rc.length ? `IF(COUNT(${rc.join(',')})=${rc.length},ROUND(SUM(${rc.join(',')}),2),"")` : '""', numFmt: '0.00' }, 'results');
    const M = at('material');
    const S = at('site');
    if (p.defense) put('defense', { formula: num(sheetRef(src.defenseSheet!, src.defenseMean!.get(a.id)!)), numFmt: '0.00' }, 'defense');
    // each score appears only once the applicant has reached it, as in core's select(): a review score needs a
    // passed material review, a composite a passed review
    const reached = [`ISNUMBER(${M})`, `ISNUMBER(${S})`];
    if (p.cutoffs.material) reached.push(`${M}>=${p.cutoffs.material.value}`);
    if (p.weights) {
      put('review', { formula: `IF(AND(${reached.join(',')}),ROUND(${M}*${p.weights.material}+${S}*${p.weights.site},2),"")`, numFmt: '0.00' }, 'review');
      const V = at('review');
      reached.push(`ISNUMBER(${V})`);
      if (p.cutoffs.review) reached.push(`${V}>=${p.cutoffs.review.value}`);
    }
    if (p.defense && p.weights) {
      const V = at('review');
      put('composite', { formula: `IF(AND(${[...reached, `ISNUMBER(${at('defense')})`].join(',')}),ROUND(${V}+${at('defense')},2),"")`, numFmt: '0.00' }, 'composite');
    }
    const scoreCol: ColKey = p.ranking.score === 'site' ? 'site' : p.ranking.score === 'review' ? 'review' : 'composite';
    const SC = at(scoreCol);
    put('score', { formula: `IF(AND(${[...reached, `ISNUMBER(${SC})`].join(',')}),${SC},"")`, numFmt: '0.00' }, 'score');
    const score = at('score');
    // every value is already ROUND(.., 2): comparing it with a cut-off is comparing the exact decimal
    put('finalist', { formula: `IF(ISNUMBER(${score}),${score},"")` });
    const F = at('finalist');
    const keyCol: Record<TieBreak, ColKey | HelperKey | null> = {
      site: 'site',
      defense: p.defense ? 'defense' : null,
      results: resultCats.length ? 'results' : null,
      material: 'material',
    };
    const keys = p.tieBreaks.map((t) => keyCol[t]).filter((k): k is ColKey | HelperKey => k !== null);
    const terms = [`COUNTIF(${colRange('finalist')},">"&${F})`];
    const eq: string[] = [`${colRange('finalist')},${F}`];
    for (const k of keys) {
      terms.push(`COUNTIFS(${eq.join(',')},${colRange(k)},">"&${at(k)})`);
      eq.push(`${colRange(k)},${at(k)}`);
    }
    put('rank', { formula: `IF(ISNUMBER(${F}),1+${terms.join('+')},"")`, style: 'center' }, 'rank');
    const R = at('rank');
    put('sameRank', { formula: `IF(ISNUMBER(${R}),COUNTIF(${colRange('rank')},${R}),"")` });
    const left = `(${p.quota.max}-(${R}-1))`;
    const steps: [string, Outcome | null, string][] = [[`NOT(ISNUMBER(${M}))`, null, '']];
    if (p.cutoffs.material) steps.push([`${M}<${p.cutoffs.material.value}`, 'below_material_cutoff', p.cutoffs.material.clause]);
    steps.push([`NOT(ISNUMBER(${S}))`, p.cutoffs.material ? null : 'below_material_cutoff', p.cutoffs.material ? '' : p.siteReviewClause]);
    if (p.cutoffs.review && p.weights) steps.push([`${at('review')}<${p.cutoffs.review.value}`, 'below_review_cutoff', p.cutoffs.review.clause]);
    steps.push([`NOT(ISNUMBER(${score}))`, null, '']);
    if (p.ranking.score === 'composite' && p.cutoffs.composite) steps.push([`${score}<${p.cutoffs.composite.value}`, 'below_composite_cutoff', p.cutoffs.composite.clause]);
    steps.push([`${at('sameRank')}<=${left}`, 'candidate', p.quota.clause]);
    steps.push([`${left}>0`, 'tie', p.tieClause]);
    const nest = (pick: (o: Outcome | null, clause: string) => string, otherwise: string) =>
      steps.reduceRight((acc, [cond, o, clause]) => `IF(${cond},${pick(o, clause)},${acc})`, otherwise);
    put('outcome', { formula: nest((o) => (o ? label(o) : '""'), label('outside_quota')) }, 'outcome');
    put('clause', { formula: nest((o, clause) => (o ? `"${clause}"` : '""'), `"${p.quota.clause}"`) }, 'clause');
  });
  const outRange = colRange('outcome');
  const notes = last + 2;
  const vac = setCell(s, notes, 2, {
    formula: `IF(AND(SUMPRODUCT(--(LEN(${outRange})>0))=${n},COUNTIF(${outRange},${label('candidate')})+COUNTIF(${outRange},${label('tie')})=0),"${vacancyText(p, lang)}","")`,
    style: 'note',
  });
  const tie = setCell(s, notes + 1, 2, { formula: `IF(COUNTIF(${outRange},${label('tie')})>0,"${tieText(p, lang)}","")`, style: 'note' });
  s.outputs.push({ cell: vac, what: 'vacancy' }, { cell: tie, what: 'tie_notice' });
  const end = signatures(s, notes + 2, cols.length, lang);
  s.print.area = `A1:${col(cols.length)}${end}`;
  return s;
}

/** The printed results from core's selection (what `scorebook results` writes): values, in rank order. */
export function selectionResultsSheet(input: WorkbookInput, sel: Selection): SheetPlan {
  const { profile: p, lang } = input;
  const { s, c, cols } = frame(input, 'results');
  const byId = new Map<string, Applicant>(input.applicants.map((a) => [a.id, a]));
  const d = (v: Decimal | null) => (v === null ? null : Number(fmt2(v)));
  sel.rows.forEach((row, i) => {
    const r = HEADER_ROW + 1 + i;
    const a = byId.get(row.applicantId);
    const v: Record<ColKey, string | number | null> = {
      rank: row.rank,
      code: row.applicantId,
      name: a?.name ?? row.name ?? '',
      industry: a?.industry ?? row.industry ?? '',
      material: d(row.material),
      site: d(row.site),
      defense: d(row.defense),
      review: d(row.review),
      composite: d(row.composite),
      score: d(row.score),
      outcome: tx(OUTCOME_LABEL[row.outcome], lang),
      clause: row.clause,
    };
    for (const k of cols) {
      const numeric = ['material', 'site', 'defense', 'review', 'composite', 'score'].includes(k);
      const cell: CellPlan = { value: v[k], style: numeric ? 'formula' : k === 'rank' ? 'center' : 'text' };
      if (numeric) cell.numFmt = '0.00';
      setCell(s, r, c[k], cell);
      s.outputs.push({ cell: addr(r, c[k]), what: k, applicantId: row.applicantId });
    }
  });
  let r = HEADER_ROW + sel.rows.length + 2;
  const cands = sel.rows.filter((x) => x.outcome === 'candidate').map((x) => byId.get(x.applicantId)?.name ?? x.applicantId);
  setCell(s, r++, 2, {
    value: lang === 'zh' ? `推荐候选单位（${cands.length}）：${cands.join('、') || '无'}` : `Candidates (${cands.length}): ${cands.join(', ') || 'none'}`,
    style: 'note',
  });
  if (sel.vacant) setCell(s, r++, 2, { value: vacancyText(p, lang), style: 'note' });
  if (sel.tiedForLastPlace.length) {
    const names = sel.tiedForLastPlace.map((id) => byId.get(id)?.name ?? id);
    setCell(s, r++, 2, { value: `${tieText(p, lang)}${lang === 'zh' ? '：' : ': '}${names.join(lang === 'zh' ? '、' : ', ')}`, style: 'note' });
  }
  const end = signatures(s, r, cols.length, lang);
  s.print.area = `A1:${col(cols.length)}${end}`;
  return s;
}
