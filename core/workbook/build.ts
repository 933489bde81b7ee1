import type { Selection } from '../selection/select';
import { consensusSheet } from './consensus-sheet';
import { defenseSheet } from './defense-sheet';
import { applicantsOf, STAGES, type Typed, type WorkbookInput } from './input';
import type { SheetPlan, WorkbookPlan } from './plan';
import { liveResultsSheet, selectionResultsSheet } from './results-sheet';
import { rosterSheet } from './roster-sheet';
import { scoreSheet } from './score-sheet';
import { setupSheet } from './setup-sheet';
import { STYLES } from './styles';

/**
 * Every sheet of a year's workbook. `typed` is what people entered in an earlier copy (see readWorkbook): it goes
 * back into the same meaning's cell, so rebuilding after a roster change loses nothing. With a `selection` from core,
 * the results sheet holds core's values in rank order (for printing) instead of live formulas.
 */
export function buildWorkbook(input: WorkbookInput, typed: Typed = {}, selection?: Selection): WorkbookPlan {
  const sheets: SheetPlan[] = [setupSheet(input), rosterSheet(input)];
  for (const stage of STAGES) {
    for (const r of input.reviewers) {
      const mine = applicantsOf(input, stage, r.id);
      if (mine.length) sheets.push(scoreSheet(input.profile, input.year, input.lang, stage, r, mine, typed));
    }
  }
  const material = consensusSheet(input, 'material', typed);
  const site = consensusSheet(input, 'site', typed);
  sheets.push(material.sheet, site.sheet);
  const defense = defenseSheet(input, typed);
  if (defense) sheets.push(defense.sheet);
  sheets.push(
    selection
      ? selectionResultsSheet(input, selection)
      : liveResultsSheet(input, {
          material: material.summary,
          site: site.summary,
          defenseMean: defense?.meanCell ?? null,
          defenseSheet: defense?.sheet.name ?? null,
        }),
  );
  return { styles: STYLES, sheets };
}
