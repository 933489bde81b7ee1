import { Decimal, hundredthsToDecimal } from '../decimal';
import type { ApplicationRow, CategoryScoreRow } from '../exchange/contracts';
import type { YearResult } from './compute';
import { STAGES, type Applicant, type WorkbookInput } from './input';

/**
 * A year's rows for the dashboard (EXCHANGE.md applications.csv and category_scores.csv), the same from the command
 * line and the add-in. The government has not decided yet: awarded "no" and no prize. Applicants found ineligible
 * before the review (they are not in the workbook's roster) are listed with the outcome `ineligible`, so the
 * dashboard counts everyone who applied.
 */
export function exchangeRows(input: WorkbookInput, year: YearResult, ineligible: readonly Applicant[] = []): { applications: ApplicationRow[]; categories: CategoryScoreRow[] } {
  const byId = new Map(year.selection.rows.map((r) => [r.applicantId, r]));
  const none = { material: null, site: null, defense: null, score: null, rank: null };
  const common = (a: Applicant) => ({ year: input.year, applicantId: a.id, name: a.name, industry: a.industry, town: a.town, awarded: false, prize: new Decimal(0) });
  const applications: ApplicationRow[] = input.applicants.map((a) => {
    const r = byId.get(a.id);
    return r
      ? { ...common(a), material: r.material, site: r.site, defense: r.defense, score: r.score, rank: r.rank, outcome: r.outcome }
      : { ...common(a), ...none, outcome: 'withdrawn' };
  });
  const listed = new Set(input.applicants.map((a) => a.id));
  for (const a of ineligible) if (!listed.has(a.id)) applications.push({ ...common(a), ...none, outcome: 'ineligible' });

  const max = new Map(input.profile.criteria.categories.map((c) => [c.clause, c.points]));
  const categories: CategoryScoreRow[] = [];
  for (const stage of STAGES) {
    for (const a of year.tallies[stage].applicants) {
      for (const c of a.categories) {
        if (c.hundredths === null) continue;
        categories.push({ year: input.year, applicantId: a.applicantId, stage, category: c.clause, points: hundredthsToDecimal(c.hundredths), maxPoints: new Decimal(max.get(c.clause)!) });
      }
    }
  }
  return { applications, categories };
}
