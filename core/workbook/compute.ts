import { Decimal, hundredthsToDecimal } from '../decimal';
import { problem, type Problem, type Where } from '../i18n/problem';
import { defenseScore } from '../scoring/defense';
import { tallyStage, type StageTally } from '../scoring/tally';
import { select, type Selection, type StageScores } from '../selection/select';
import { groupsOf, STAGES, type WorkbookInput } from './input';
import type { Stage } from './plan';
import type { WorkbookRead } from './read';

export interface YearResult {
  tallies: Record<Stage, StageTally>;
  defense: Map<string, Decimal>;
  scores: StageScores[];
  selection: Selection;
  /** Entries still missing where a stage score is needed, each at its cell. */
  incomplete: Problem[];
}

/**
 * Core's verdict on what a workbook holds: tallies by stage with the assigned groups and the leader's values,
 * defense scores, and the selection. The sheets' formulas must agree with this, never decide on their own.
 */
export function computeYear(input: WorkbookInput, read: WorkbookRead): YearResult {
  const { profile } = input;
  const tallies = {} as Record<Stage, StageTally>;
  for (const stage of STAGES) {
    tallies[stage] = tallyStage(profile, read.entries[stage], { groups: groupsOf(input, stage), overrides: read.overrides[stage] });
  }
  const defense = new Map<string, Decimal>();
  if (profile.defense) for (const [id, list] of read.defense) if (list.length) defense.set(id, defenseScore(profile, list));
  const byId = (t: StageTally) => new Map(t.applicants.map((a) => [a.applicantId, a]));
  const mat = byId(tallies.material);
  const site = byId(tallies.site);
  const resultCats = new Set(profile.criteria.categories.filter((c) => c.kind === 'results').map((c) => c.clause));
  const where = new Map<string, Where>();
  for (const stage of STAGES) for (const e of read.entries[stage]) if (e.where) where.set(`${stage}|${e.reviewerId}|${e.applicantId}|${e.item}`, e.where);

  const incomplete: Problem[] = [];
  const scores: StageScores[] = input.applicants.map((a) => {
    const m = mat.get(a.id);
    const s = site.get(a.id);
    const material = m?.total == null ? null : hundredthsToDecimal(m.total);
    const passedMaterial = material !== null && (!profile.cutoffs.material || material.gte(profile.cutoffs.material.value));
    const siteStarted = !!s && s.items.some((i) => i.values.some((v) => v !== null));
    const need: [Stage, typeof m][] = [['material', m]];
    // the site review follows a passed material review by right; without a cut-off the group chose, and an untouched
    // site sheet means "not chosen"
    if ((profile.cutoffs.material && passedMaterial) || siteStarted) need.push(['site', s]);
    for (const [stage, t] of need) {
      for (const miss of t?.missing ?? []) {
        const w = where.get(`${stage}|${miss.reviewerId}|${a.id}|${miss.item}`);
        if (w) incomplete.push(problem('WB_ENTRY_MISSING', { applicant: a.id, item: miss.item, reviewer: miss.reviewerId }, w));
      }
    }
    let results: Decimal | null = null;
    if (s && resultCats.size) {
      const parts = s.categories.filter((c) => resultCats.has(c.clause));
      if (parts.every((c) => c.hundredths !== null)) results = hundredthsToDecimal(parts.reduce((x, c) => x + (c.hundredths as number), 0));
    }
    return {
      applicantId: a.id,
      name: a.name,
      industry: a.industry,
      material,
      site: s?.total == null ? null : hundredthsToDecimal(s.total),
      defense: defense.get(a.id) ?? null,
      results,
      flags: [],
    };
  });
  return { tallies, defense, scores, selection: select(profile, scores), incomplete };
}

