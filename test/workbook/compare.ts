import { Decimal, hundredthsToDecimal } from '../../core/decimal';
import { leafItems } from '../../core/profiles/criteria';
import { parseEntry } from '../../core/scoring/entry';
import type { YearResult } from '../../core/workbook/compute';
import type { Typed, WorkbookInput } from '../../core/workbook/input';
import { L, OUTCOME_LABEL } from '../../core/workbook/labels';
import type { CellValue, WorkbookPlan } from '../../core/workbook/plan';
import type { GridSheet } from '../../core/workbook/read';

/** Expected is a decimal (or null for an empty cell); the engine's number must be that decimal exactly. */
function sameNumber(got: CellValue | undefined, want: Decimal | null): boolean {
  if (want === null) return got === undefined || got === null || got === '';
  if (typeof got !== 'number') return false;
  return new Decimal(String(got)).eq(want);
}

/**
 * Every output cell of a recalculated workbook against core: returns one line per disagreement (empty = agrees).
 * Score-sheet item points are checked against a second method (points x percent / 100 in Decimal), the rest
 * against core's tally, defense score and selection.
 */
export function compareWithCore(input: WorkbookInput, typed: Typed, plan: WorkbookPlan, grids: readonly GridSheet[], core: YearResult): { mismatches: string[]; checked: number } {
  const { profile, lang } = input;
  const step = profile.scoring.step;
  const mismatches: string[] = [];
  let checked = 0;
  const byName = new Map(grids.map((g) => [g.name, g.cells]));
  const points = new Map(leafItems(profile.criteria).map((i) => [i.clause, i.points]));
  const catItems = new Map(profile.criteria.categories.map((c) => [c.clause, c.items.map((i) => i.clause)]));
  const tally = (stage: 'material' | 'site', id: string) => core.tallies[stage].applicants.find((a) => a.applicantId === id)!;
  const row = (id: string) => core.selection.rows.find((r) => r.applicantId === id)!;
  const troubled = new Set(core.selection.problems.map((p) => String(p.params?.applicant ?? '')));
  const cut = profile.cutoffs.material;
  const decided = (id: string) => {
    const r = row(id);
    return !troubled.has(id) || (cut !== null && r.material !== null && r.material.lt(cut.value));
  };
  const pct = (stage: string, rid: string, aid: string, item: string): number | null => {
    const e = parseEntry(typed[`score|${stage}|${rid}|${aid}|${item}`] as number | string | null | undefined, step);
    return e.kind === 'value' ? e.value : null;
  };
  const itemPts = (stage: string, rid: string, aid: string, item: string): Decimal | null => {
    const v = pct(stage, rid, aid, item);
    return v === null ? null : new Decimal(points.get(item)!).times(v).div(100);
  };
  const sum = (xs: (Decimal | null)[]) => (xs.some((x) => x === null) ? null : xs.reduce((s, x) => s!.plus(x!), new Decimal(0)));
  const h = (x: number | null) => (x === null ? null : hundredthsToDecimal(x));

  for (const sp of plan.sheets) {
    const cells = byName.get(sp.name);
    if (!cells) {
      mismatches.push(`${sp.name}: sheet missing after recalculation`);
      continue;
    }
    const stage = sp.key.split(':')[1] as 'material' | 'site';
    for (const o of sp.outputs) {
      const got = cells[o.cell];
      const at = `${sp.name}!${o.cell} ${o.what} ${o.applicantId ?? ''} ${o.reviewerId ?? ''} ${o.item ?? o.category ?? ''}`;
      const num = (want: Decimal | null) => {
        checked++;
        if (!sameNumber(got, want)) mismatches.push(`${at}: sheet ${JSON.stringify(got)} core ${want === null ? 'empty' : want.toFixed(2)}`);
      };
      const eq = (want: CellValue) => {
        checked++;
        const g = got === undefined ? '' : got;
        if (g !== want) mismatches.push(`${at}: sheet ${JSON.stringify(got)} core ${JSON.stringify(want)}`);
      };
      const a = o.applicantId ?? '';
      if (sp.kind === 'score') {
        const rid = o.reviewerId!;
        if (o.what === 'item_points') num(itemPts(stage, rid, a, o.item!));
        else if (o.what === 'category') num(sum(catItems.get(o.category!)!.map((i) => itemPts(stage, rid, a, i))));
        else if (o.what === 'total') {
          const t = tally(stage, a);
          num(h(t.reviewerTotals[t.reviewers.indexOf(rid)] ?? null));
        }
      } else if (sp.kind === 'consensus') {
        const t = tally(stage, a);
        const it = o.item ? t.items.find((x) => x.item === o.item)! : null;
        switch (o.what) {
          case 'spread':
            num(new Decimal(it!.spread));
            break;
          case 'band_gap':
            num(new Decimal(it!.bandGap));
            break;
          case 'flag':
            eq(it!.flagged ? L.flag[lang] : '');
            break;
          case 'default_consensus':
            num(it!.defaultConsensus === null ? null : new Decimal(it!.defaultConsensus));
            break;
          case 'consensus':
            num(it!.consensus === null ? null : new Decimal(it!.consensus));
            break;
          case 'item_points':
            num(h(it!.hundredths));
            break;
          case 'category':
            num(h(t.categories.find((c) => c.clause === o.category)!.hundredths));
            break;
          case 'total':
            num(h(t.total));
            break;
          case 'missing':
            num(new Decimal(t.missing.length));
            break;
          case 'flagged_count':
            num(new Decimal(t.flagged.length));
            break;
        }
      } else if (sp.kind === 'defense') {
        num(core.defense.get(a) ?? null);
      } else if (sp.kind === 'results') {
        const r = a ? row(a) : null;
        const s = a ? core.scores.find((x) => x.applicantId === a)! : null;
        switch (o.what) {
          case 'material':
          case 'site':
          case 'defense':
            num(r![o.what]);
            break;
          case 'results':
            num(s!.results);
            break;
          case 'review':
          case 'composite':
          case 'score':
            num(r![o.what]);
            break;
          case 'rank':
            num(r!.rank === null ? null : new Decimal(r!.rank));
            break;
          case 'outcome':
            // core gives no outcome where a score is missing (it reports a problem): the sheet leaves it empty
            if (decided(a)) eq(OUTCOME_LABEL[r!.outcome][lang]);
            else eq('');
            break;
          case 'clause':
            if (decided(a)) eq(r!.clause);
            else eq('');
            break;
          case 'vacancy':
            if (core.selection.problems.length === 0) {
              checked++;
              if ((typeof got === 'string' && got.length > 0) !== core.selection.vacant) mismatches.push(`${at}: sheet ${JSON.stringify(got)} core vacant=${core.selection.vacant}`);
            }
            break;
          case 'tie_notice':
            checked++;
            if ((typeof got === 'string' && got.length > 0) !== core.selection.tiedForLastPlace.length > 0) mismatches.push(`${at}: sheet ${JSON.stringify(got)} core tied=${core.selection.tiedForLastPlace.join(',')}`);
            break;
        }
      }
    }
  }
  return { mismatches, checked };
}
