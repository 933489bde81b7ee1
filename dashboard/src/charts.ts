import { messageText } from '../../core/i18n/catalog';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profiles/profile';
import { wan } from '../../core/exchange/trends';
import { PALETTE, type ChartConfiguration } from './chart-setup';
import { t } from './i18n';
import type { TableSpec } from './components/ChartCard';
import type { View } from './model';

export interface ChartSpec {
  id: string;
  section: 'overview' | 'scores' | 'who' | 'compliance';
  title: string;
  finding: string;
  config: ChartConfiguration;
  table: TableSpec;
}

const pct = (n: number, of: number) => (of === 0 ? '—' : `${((n * 1000) / of / 10).toFixed(1)}%`);

/** Every chart of the dashboard for a view: its finding, its chart.js configuration and its table. */
export function buildCharts(v: View, lang: Lang, profile: Profile): ChartSpec[] {
  const say = (f: { code: string; params: Record<string, string | number> }) => messageText(f.code, f.params, lang);
  const years = v.summaries.map((s) => String(s.year));
  const highlight = (color: string) => v.summaries.map((s) => (s.year === v.year ? color : color + '99'));
  const specs: ChartSpec[] = [];

  specs.push({
    id: 'applicants',
    section: 'overview',
    title: t(lang, 'chartApplicants'),
    finding: say(v.findings.awarded),
    config: {
      type: 'bar',
      data: {
        labels: years,
        datasets: [
          { label: t(lang, 'colApplied'), data: v.summaries.map((s) => s.applied), backgroundColor: highlight(PALETTE[0]!) },
          { label: t(lang, 'colFinal'), data: v.summaries.map((s) => s.final), backgroundColor: highlight(PALETTE[1]!) },
          { label: t(lang, 'colAwarded'), data: v.summaries.map((s) => s.awarded), backgroundColor: highlight(PALETTE[2]!) },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: {
      head: [t(lang, 'colYear'), t(lang, 'colApplied'), t(lang, 'colPassed'), t(lang, 'colFinal'), t(lang, 'colAwarded')],
      rows: v.summaries.map((s) => [s.year, s.applied, s.passedMaterial, s.final, s.awarded]),
    },
  });

  const stageLabels = [t(lang, 'colApplied'), t(lang, 'colPassed'), t(lang, 'colFinal'), t(lang, 'colAwarded')];
  const funnelOf = (y: number | null) => {
    const s = v.summaries.find((x) => x.year === y);
    return s ? [s.applied, s.passedMaterial, s.final, s.awarded] : [0, 0, 0, 0];
  };
  const fy = funnelOf(v.year);
  const fc = v.compare === null ? null : funnelOf(v.compare);
  specs.push({
    id: 'funnel',
    section: 'overview',
    title: t(lang, 'chartFunnel'),
    finding: say(v.findings.funnel),
    config: {
      type: 'bar',
      data: {
        labels: stageLabels,
        datasets: [
          { label: String(v.year), data: fy, backgroundColor: PALETTE[0] },
          ...(fc ? [{ label: String(v.compare), data: fc, backgroundColor: PALETTE[4] }] : []),
        ],
      },
      options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: {
      head: [t(lang, 'colStage'), String(v.year), t(lang, 'colShare'), ...(fc ? [String(v.compare), t(lang, 'colShare')] : [])],
      rows: stageLabels.map((l, i) => [l, fy[i]!, pct(fy[i]!, fy[0]!), ...(fc ? [fc[i]!, pct(fc[i]!, fc[0]!)] : [])]),
    },
  });

  specs.push({
    id: 'prize',
    section: 'overview',
    title: t(lang, 'chartPrize'),
    finding: say(v.findings.prize),
    config: {
      type: 'bar',
      data: { labels: years, datasets: [{ label: t(lang, 'colPrize'), data: v.summaries.map((s) => Number(wan(s.prize))), backgroundColor: highlight(PALETTE[1]!) }] },
      options: { scales: { y: { beginAtZero: true } } },
    },
    table: { head: [t(lang, 'colYear'), t(lang, 'colPrize')], rows: v.summaries.map((s) => [s.year, wan(s.prize)]) },
  });

  for (const [id, d, title, finding] of [
    ['material', v.material, t(lang, 'chartMaterial'), say(v.findings.material)],
    ['ranking', v.ranking, t(lang, 'chartComposite'), say(v.findings.ranking)],
  ] as const) {
    // the empty bins below the lowest and above the highest score say nothing
    const used = d.bins.map((b, i) => (b.count > 0 ? i : -1)).filter((i) => i >= 0);
    const lo = used.length ? Math.max(0, used[0]! - 1) : 0;
    const hi = used.length ? Math.min(d.bins.length - 1, used[used.length - 1]! + 1) : d.bins.length - 1;
    const bins = d.bins.slice(lo, hi + 1);
    const cutText = d.cutoff === null ? '' : `（${t(lang, 'cutoff')} ${d.cutoff}）`;
    specs.push({
      id,
      section: 'scores',
      title: `${title}${cutText}`,
      finding,
      config: {
        type: 'bar',
        data: {
          labels: bins.map((b) => `${b.from}–${b.to}`),
          datasets: [
            { label: t(lang, 'belowCutoff'), data: bins.map((b) => (b.atOrAboveCutoff ? 0 : b.count)), backgroundColor: '#999999', stack: 's' },
            { label: d.cutoff === null ? t(lang, 'colCount') : t(lang, 'atOrAbove'), data: bins.map((b) => (b.atOrAboveCutoff || d.cutoff === null ? b.count : 0)), backgroundColor: PALETTE[0], stack: 's' },
          ],
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
      },
      table: {
        head: [t(lang, 'colRange'), t(lang, 'colCount'), t(lang, 'colCutoff')],
        rows: bins.filter((b) => b.count > 0).map((b) => [`${b.from}–${b.to}`, b.count, d.cutoff === null ? '—' : b.atOrAboveCutoff ? t(lang, 'yes') : t(lang, 'no')]),
      },
    });
  }

  const cats = profile.criteria.categories.map((c) => c.clause);
  for (const m of v.categories) if (!cats.includes(m.category)) cats.push(m.category);
  const catYears = [...new Set(v.categories.map((m) => m.year))];
  const catName = (c: string) => {
    const cc = profile.criteria.categories.find((x) => x.clause === c);
    return cc ? `${c} ${cc.name[lang]}` : c;
  };
  const pctOf = (y: number, c: string) => v.categories.find((m) => m.year === y && m.category === c)?.pct;
  specs.push({
    id: 'categories',
    section: 'scores',
    title: `${t(lang, 'chartCategories')}（${v.categoryStage === 'material' ? t(lang, 'stageMaterial') : t(lang, 'stageSite')}）`,
    finding: say(v.findings.categories),
    config: {
      type: 'line',
      data: {
        labels: catYears.map(String),
        datasets: cats.map((c, i) => ({
          label: catName(c),
          data: catYears.map((y) => pctOf(y, c)?.toNumber() ?? null),
          borderColor: PALETTE[i % PALETTE.length],
          backgroundColor: PALETTE[i % PALETTE.length],
          pointStyle: (['circle', 'rect', 'triangle', 'rectRot', 'star', 'cross', 'crossRot', 'dash'] as const)[i % 8],
          pointRadius: 4,
        })),
      },
      options: { scales: { y: { min: 0, max: 100, title: { display: true, text: '%' } } } },
    },
    table: {
      head: [t(lang, 'colCategory'), ...catYears.map(String)],
      rows: cats.map((c) => [catName(c), ...catYears.map((y) => pctOf(y, c)?.toFixed(1) ?? '—')]),
    },
  });

  for (const [id, rows, title, col, finding] of [
    ['industries', v.industries, t(lang, 'chartIndustries'), t(lang, 'colIndustry'), say(v.findings.industries)],
    ['towns', v.towns, t(lang, 'chartTowns'), t(lang, 'colTown'), say(v.findings.towns)],
  ] as const) {
    const label = (k: string) => (k === '' ? t(lang, 'notGiven') : k);
    specs.push({
      id,
      section: 'who',
      title,
      finding,
      config: {
        type: 'bar',
        data: {
          labels: rows.map((r) => label(r.key)),
          datasets: [
            { label: `${v.year} ${t(lang, 'colApplied')}`, data: rows.map((r) => r.applied), backgroundColor: PALETTE[0] },
            { label: `${v.year} ${t(lang, 'colAwarded')}`, data: rows.map((r) => r.awarded), backgroundColor: PALETTE[2] },
            { label: t(lang, 'colAllYears'), data: rows.map((r) => r.appliedAllYears), backgroundColor: PALETTE[4] },
          ],
        },
        options: { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
      },
      table: {
        head: [col, `${v.year} ${t(lang, 'colApplied')}`, `${v.year} ${t(lang, 'colAwarded')}`, t(lang, 'colAllYears'), t(lang, 'colAwardedAll')],
        rows: rows.map((r) => [label(r.key), r.applied, r.awarded, r.appliedAllYears, r.awardedAllYears]),
      },
    });
  }

  const cy = v.compliance.map((c) => String(c.year));
  specs.push({
    id: 'reports',
    section: 'compliance',
    title: t(lang, 'chartReports'),
    finding: say(v.findings.reports),
    config: {
      type: 'bar',
      data: {
        labels: cy,
        datasets: [
          { label: t(lang, 'colOnTime'), data: v.compliance.map((c) => c.onTime), backgroundColor: PALETTE[2], stack: 'r' },
          { label: t(lang, 'colLate'), data: v.compliance.map((c) => c.late), backgroundColor: PALETTE[1], stack: 'r' },
          { label: t(lang, 'colMissing'), data: v.compliance.map((c) => c.missing), backgroundColor: PALETTE[5], stack: 'r' },
        ],
      },
      options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: {
      head: [t(lang, 'colYear'), t(lang, 'colDue'), t(lang, 'colOnTime'), t(lang, 'colLate'), t(lang, 'colMissing')],
      rows: v.compliance.map((c) => [c.year, c.reportsDue, c.onTime, c.late, c.missing]),
    },
  });
  specs.push({
    id: 'revocations',
    section: 'compliance',
    title: t(lang, 'chartRevocations'),
    finding: say(v.findings.revocations),
    config: {
      type: 'bar',
      data: {
        labels: cy,
        datasets: [
          { label: t(lang, 'colIncidents'), data: v.compliance.map((c) => c.incidents), backgroundColor: PALETTE[4] },
          { label: t(lang, 'colInspectionsFailed'), data: v.compliance.map((c) => c.inspectionsFailed), backgroundColor: PALETTE[1] },
          { label: t(lang, 'colRevocations'), data: v.compliance.map((c) => c.revocations), backgroundColor: PALETTE[5] },
        ],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    },
    table: {
      head: [t(lang, 'colYear'), t(lang, 'colIncidents'), t(lang, 'colIncidentsLate'), t(lang, 'colInspections'), t(lang, 'colInspectionsFailed'), t(lang, 'colRevocations')],
      rows: v.compliance.map((c) => [c.year, c.incidents, c.incidentsLate, c.inspections, c.inspectionsFailed, c.revocations]),
    },
  });
  return specs;
}
