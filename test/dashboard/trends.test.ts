import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal';
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
} from '../../core/exchange/findings';
import { breakdown, categoryMeans, complianceByYear, kpis, scoreDistribution, weakestCategory, yearSummaries, yearsOf } from '../../core/exchange/trends';
import { messageText } from '../../core/i18n/catalog';
import { rankingScoreMax } from '../../core/profiles/profile';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { loadFixtures } from './load-fixtures';

const { results, merged } = loadFixtures();
const data = merged.data;
const years = yearsOf(data);
const summaries = yearSummaries(data.applications, years);
const compliance = complianceByYear(data.compliance, years);
const say = (f: { code: string; params: Record<string, string | number> }, lang: 'zh' | 'en' = 'zh') => messageText(f.code, f.params, lang);

describe('dashboard data: the hand-made files', () => {
  it('reads the GBK file with Chinese headers, the BOM file with a line break in a name and a full-width score, all without problems', () => {
    expect(results.map((r) => [r.file, r.kind, r.problems.length])).toEqual([
      ['applications-2024.csv', 'applications', 0],
      ['applications-2025.csv', 'applications', 0],
      ['category-scores.csv', 'category_scores', 0],
      ['compliance.csv', 'compliance', 0],
    ]);
    expect(data.applications).toHaveLength(9); // 4 rows of 2024 + 5 of 2025
    expect(data.applications[0]).toMatchObject({ applicantId: '0001', name: '甲公司', town: '青龙街道', outcome: 'candidate', awarded: true });
    const wu = data.applications.find((r) => r.applicantId === '0005')!;
    expect(wu.name).toBe('戊公司\r\n（原戊厂）');
    expect(wu.material!.toString()).toBe('600');
    expect(years).toEqual([2024, 2025]);
  });
});

describe('dashboard aggregates, worked by hand from the fixtures', () => {
  it('applicants, stage pass-through, awards and prize money per year', () => {
    // 2024: 4 applied; site scores for 0001, 0002, 0004 -> 3 passed material; composite for 0001, 0002 -> 2 final;
    //       1 awarded; prize 100000 yuan. 2025: 5 applied; 0001, 0005, 0006 reached site and final; 2 awarded;
    //       prize 0 (repeat) + 100000.
    expect(summaries.map((s) => [s.year, s.applied, s.passedMaterial, s.final, s.awarded, s.prize.toString()])).toEqual([
      [2024, 4, 3, 2, 1, '100000'],
      [2025, 5, 3, 3, 2, '100000'],
    ]);
  });

  it('findings for the headings, in Chinese and English', () => {
    expect(say(awardedFinding(summaries, 2025, 2024))).toBe('2025 年获奖 2 家，较上年增加 1 家');
    expect(say(awardedFinding(summaries, 2025, 2024), 'en')).toBe('2 awarded in 2025, 1 more than the year before');
    expect(say(awardedFinding(summaries, 2025, null))).toBe('2025 年获奖 2 家');
    expect(say(applicantsFinding(summaries, 2024, 2025))).toBe('2024 年申报 4 家，较 2025 年减少 1 家');
    expect(say(funnelFinding(summaries, 2025))).toBe('2025 年申报 5 家，通过资料评审 3 家，进入终评 3 家，获奖 2 家');
    // 100000 yuan = 10 万元 both years
    expect(say(prizeFinding(summaries, 2025, 2024))).toBe('2025 年发放奖金 10 万元，较上年持平');
    expect(say(awardedFinding(summaries, 2030, 2029))).toBe('2030 年没有数据');
  });

  it('a year without a winner is called vacant', () => {
    const s = yearSummaries(
      data.applications.filter((r) => r.year === 2024).map((r) => ({ ...r, year: 2023, awarded: false })),
      [2023],
    );
    expect(say(awardedFinding([...s, ...summaries], 2024, 2023))).toBe('2024 年获奖 1 家，较上年增加 1 家');
    expect(say(awardedFinding([...s, ...summaries], 2023, null))).toBe('2023 年无单位获奖（空缺）');
  });

  it('Y16.3: material scores against the inclusive cut-off of 500, compared exactly (499.99 is below)', () => {
    // 2024 material: 620, 540, 499.99, 505 -> 3 at or above 500; bins of 50: 450-500 has 499.99, 500-550 has 505 and
    // 540, 600-650 has 620
    const d = scoreDistribution(data.applications, 2024, 'material', 50, 1000, YUNYANG_2022.cutoffs.material!.value);
    expect([d.reached, d.above, d.max!.toString()]).toEqual([4, 3, '620']);
    expect(d.bins).toHaveLength(20);
    expect(d.bins.filter((b) => b.count > 0).map((b) => [b.from, b.to, b.count, b.atOrAboveCutoff])).toEqual([
      [450, 500, 1, false],
      [500, 550, 2, true],
      [600, 650, 1, true],
    ]);
    expect(say(distributionFinding(d))).toBe('2024 年资料评审 4 家中 3 家达到 500 分线');
  });

  it('Y16.6.3: composite scores against the cut-off of 400 on the 0-1100 scale (criteria 1000 + defense 100)', () => {
    // 2024 composite: 460.5 and 399.99 -> 1 of 2 at or above 400
    const max = rankingScoreMax(YUNYANG_2022);
    expect(max).toBe(1100);
    const d = scoreDistribution(data.applications, 2024, 'score', 50, max, YUNYANG_2022.cutoffs.composite!.value);
    expect([d.reached, d.above, d.bins.length]).toEqual([2, 1, 22]);
    expect(d.bins.filter((b) => b.count > 0).map((b) => [b.from, b.count])).toEqual([
      [350, 1],
      [450, 1],
    ]);
    // the top of the scale falls in the last bin, not past it
    const top = scoreDistribution([{ ...data.applications[0]!, score: new Decimal(1100) }], 2024, 'score', 50, 1100, '400');
    expect(top.bins[21]!.count).toBe(1);
  });

  it('no cut-off (Zhongmu ranks on the site score without one): the finding gives the highest score', () => {
    const d = scoreDistribution(data.applications, 2025, 'score', 50, 1000, null);
    expect(d.bins.every((b) => !b.atOrAboveCutoff)).toBe(true);
    expect(say(distributionFinding(d))).toBe('2025 年综合得分共 3 家，最高 480 分');
  });

  it('mean percentage per category per year, and the weakest category', () => {
    // 2025 material 4.1: (80/100 + 55/100 + 60/100) / 3 = 0.65 -> 65.0 %
    // 2025 material 4.7: (300/400 + 210/400 + 250/400) / 3 = (0.75 + 0.525 + 0.625) / 3 = 0.6333.. -> 63.3 %
    // 2024 material 4.2: 40/80 = 50.0 %; the site row of 0001 is not a material row
    const m = categoryMeans(data.categoryScores, 'material', YUNYANG_2022.criteria);
    expect(m.map((x) => [x.year, x.category, x.n, x.pct.toFixed(1)])).toEqual([
      [2024, '4.2', 1, '50.0'],
      [2025, '4.1', 3, '65.0'],
      [2025, '4.7', 3, '63.3'],
    ]);
    expect(weakestCategory(m, 2025)!.category).toBe('4.7');
    expect(say(weakestFinding(m, 2025, 'material', YUNYANG_2022))).toBe('2025 年资料评审最弱类目：4.7 经营结果（平均得分率 63.3%）');
    expect(categoryMeans(data.categoryScores, 'site').map((x) => [x.category, x.pct.toFixed(1)])).toEqual([['4.1', '70.0']]);
  });

  it('a category whose maximum differs between rows is still the mean of each row\'s percentage', () => {
    const row = (points: string, max: string) => ({ year: 2025, applicantId: 'A', stage: 'material' as const, category: '4.1', points: new Decimal(points), maxPoints: new Decimal(max) });
    // (30/50 + 90/100 + 45/50) / 3 = (0.6 + 0.9 + 0.9) / 3 = 0.8 -> 80.0 %; a ratio of sums would give 165/200 = 82.5 %
    const m = categoryMeans([row('30', '50'), row('90', '100'), row('45', '50')], 'material');
    expect(m.map((x) => [x.n, x.pct.toFixed(1)])).toEqual([[3, '80.0']]);
  });

  it('industries and towns, for the year and over all years', () => {
    // 2025: 制造业 0001, 0007 (1 awarded); 食品 0005, 0006 (1 awarded); 建筑 0008.
    // All years add 2024: 制造业 0001 (awarded), 0002; 食品 0003; 建筑 0004.
    const ind = breakdown(data.applications, 'industry', 2025);
    expect(ind.map((b) => [b.key, b.applied, b.awarded, b.appliedAllYears, b.awardedAllYears])).toEqual([
      ['制造业', 2, 1, 4, 2],
      ['食品', 2, 1, 3, 1],
      ['建筑', 1, 0, 2, 0],
    ]);
    expect(say(breakdownFinding(ind, 'industry', 2025))).toBe('2025 年申报最多的行业：制造业（2 家）');
    // 青龙街道: 2025 0001 (awarded), 0007; 2024 0001 (awarded), 0003 -> 2 this year, 4 over all years, 2 awards
    const towns = breakdown(data.applications, 'town', 2025);
    expect(towns[0]).toEqual({ key: '青龙街道', applied: 2, awarded: 1, appliedAllYears: 4, awardedAllYears: 2 });
    expect(towns).toContainEqual({ key: '', applied: 1, awarded: 0, appliedAllYears: 1, awardedAllYears: 0 });
  });

  it('Y18, Y19, Z24, Y20: annual reports, incident reports, fund inspections and revocations per year', () => {
    // 2025: reports 0001 on time, 0009 late, 0010 missing; one late incident report; 0010's inspection failed;
    //       0010 revoked (two rows, one winner). 2024: two reports on time, one inspection passed, none revoked.
    expect(compliance).toEqual([
      { year: 2024, reportsDue: 2, onTime: 2, late: 0, missing: 0, incidents: 0, incidentsLate: 0, inspections: 1, inspectionsFailed: 0, revocations: 0 },
      { year: 2025, reportsDue: 3, onTime: 1, late: 1, missing: 1, incidents: 1, incidentsLate: 1, inspections: 1, inspectionsFailed: 1, revocations: 1 },
    ]);
    expect(say(reportsFinding(compliance, 2025))).toBe('2025 年年度自评报告应交 3 份：按时 1、逾期 1、未交 1');
    expect(say(revocationsFinding(compliance, 2025, 2024))).toBe('2025 年撤销奖项 1 家，较上年增加 1 家');
    expect(say(revocationsFinding(compliance, 2025, 2024), 'en')).toBe('1 awards revoked in 2025, 1 more than the year before');
  });

  it('KPI cards: values and change against the compared year, with direction', () => {
    // applied 5 vs 4 (+1); awarded 2 vs 1 (+1); prize 10 vs 10 万元 (0); on time 1/3 = 33.3 % vs 2/2 = 100 % (-66.7);
    // revocations 1 vs 0 (+1)
    expect(kpis(summaries, compliance, 2025, 2024).map((k) => [k.id, k.value, k.compareValue, k.delta, k.direction])).toEqual([
      ['applied', '5', '4', '+1', 'up'],
      ['awarded', '2', '1', '+1', 'up'],
      ['prize', '10', '10', '0', 'same'],
      ['onTimeRate', '33.3', '100', '-66.7', 'down'],
      ['revocations', '1', '0', '+1', 'up'],
    ]);
    expect(kpis(summaries, compliance, 2025, null).every((k) => k.direction === 'none' && k.delta === null)).toBe(true);
  });
});

describe('the shipped sample (dashboard/sample/)', () => {
  it('reads without problems, spans ten years, is decided by the yunyang-2022 rules, and has a vacant year and revocations', async () => {
    const { readFileSync } = await import('node:fs');
    const { readBytes } = await import('./load-fixtures');
    const { mergeExchange } = await import('../../core/exchange/merge');
    const files = ['applications.csv', 'category_scores.csv', 'compliance.csv'].map((f) => readBytes(new Uint8Array(readFileSync(new URL(`../../dashboard/sample/${f}`, import.meta.url))), f));
    for (const f of files) expect(f.problems, f.file).toEqual([]);
    const m = mergeExchange(files.filter((f) => f.kind !== undefined) as never);
    expect(m.problems).toEqual([]);
    const ys = yearsOf(m.data);
    expect(ys).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const s = yearSummaries(m.data.applications, ys);
    // Y16.6.3: at most the top 2 a year
    expect(s.every((x) => x.awarded <= 2)).toBe(true);
    expect(s.filter((x) => x.awarded === 0).map((x) => x.year)).toEqual([2019]);
    for (const r of m.data.applications) {
      // Y16.3: nobody below 500 on the material review reaches the site review
      if (r.material !== null && r.material.lt(500)) expect(r.site, r.applicantId).toBeNull();
      // Y16.6.3: every winner has a composite of at least 400
      if (r.awarded) expect(r.score!.gte(400), r.applicantId).toBe(true);
    }
    const c = complianceByYear(m.data.compliance, ys);
    expect(c.reduce((n, x) => n + x.revocations, 0)).toBeGreaterThanOrEqual(2);
    expect(c.reduce((n, x) => n + x.late, 0)).toBeGreaterThan(0);
    expect(c.reduce((n, x) => n + x.missing, 0)).toBeGreaterThan(0);
  });
});
