import type { ExchangeData } from '../../core/exchange/merge';
import {
  applicantsFinding,
  awardedFinding,
  breakdownFinding,
  distributionFinding,
  funnelFinding,
  prizeFinding,
  reportsFinding,
  revocationsFinding,
  weakestFinding,
  type Finding,
} from '../../core/exchange/findings';
import {
  breakdown,
  categoryMeans,
  complianceByYear,
  kpis,
  scoreDistribution,
  yearSummaries,
  yearsOf,
  type BreakdownRow,
  type CategoryMean,
  type ComplianceYear,
  type Distribution,
  type Kpi,
  type YearSummary,
} from '../../core/exchange/trends';
import type { Profile } from '../../core/profiles/profile';
import { rankingScoreMax } from '../../core/profiles/profile';

export interface View {
  years: number[];
  year: number;
  compare: number | null;
  summaries: YearSummary[];
  compliance: ComplianceYear[];
  kpis: Kpi[];
  material: Distribution;
  ranking: Distribution;
  categoryStage: 'material' | 'site';
  categories: CategoryMean[];
  industries: BreakdownRow[];
  towns: BreakdownRow[];
  findings: {
    applicants: Finding;
    awarded: Finding;
    funnel: Finding;
    prize: Finding;
    material: Finding;
    ranking: Finding;
    categories: Finding;
    industries: Finding;
    towns: Finding;
    reports: Finding;
    revocations: Finding;
  };
}

/** Everything the charts show for a year and a compared year: core's aggregates, computed once per change. */
export function buildView(data: ExchangeData, profile: Profile, year: number, compare: number | null, categoryStage: 'material' | 'site'): View {
  const years = yearsOf(data);
  const summaries = yearSummaries(data.applications, years);
  const compliance = complianceByYear(data.compliance, years);
  const material = scoreDistribution(data.applications, year, 'material', 50, profile.criteria.total, profile.cutoffs.material?.value ?? null);
  const rankingCut = profile.ranking.score === 'composite' ? profile.cutoffs.composite : profile.ranking.score === 'review' ? profile.cutoffs.review : null;
  const ranking = scoreDistribution(data.applications, year, 'score', 50, rankingScoreMax(profile), rankingCut?.value ?? null);
  const categories = categoryMeans(data.categoryScores, categoryStage, profile.criteria);
  const industries = breakdown(data.applications, 'industry', year);
  const towns = breakdown(data.applications, 'town', year);
  return {
    years,
    year,
    compare,
    summaries,
    compliance,
    kpis: kpis(summaries, compliance, year, compare),
    material,
    ranking,
    categoryStage,
    categories,
    industries,
    towns,
    findings: {
      applicants: applicantsFinding(summaries, year, compare),
      awarded: awardedFinding(summaries, year, compare),
      funnel: funnelFinding(summaries, year),
      prize: prizeFinding(summaries, year, compare),
      material: distributionFinding(material),
      ranking: distributionFinding(ranking),
      categories: weakestFinding(categories, year, categoryStage, profile),
      industries: breakdownFinding(industries, 'industry', year),
      towns: breakdownFinding(towns, 'town', year),
      reports: reportsFinding(compliance, year),
      revocations: revocationsFinding(compliance, year, compare),
    },
  };
}
