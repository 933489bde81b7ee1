import { Button, FluentProvider, Label, Select, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Chart } from './chart-setup';
import type { ExchangeKind, ReadResult } from '../../core/exchange/contracts';
import type { TextEncodingChoice } from '../../core/exchange/decode';
import { mergeExchange } from '../../core/exchange/merge';
import { yearsOf } from '../../core/exchange/trends';
import type { Lang } from '../../core/i18n/lang';
import type { Profile } from '../../core/profiles/profile';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { ZHONGMU } from '../../core/profiles/zhongmu';
import { buildCharts, type ChartSpec } from './charts';
import { ChartCard } from './components/ChartCard';
import { FileBar } from './components/FileBar';
import { FileReport } from './components/FileReport';
import { KpiCards } from './components/KpiCards';
import { t } from './i18n';
import { buildView } from './model';
import { readCsvFile, type LoadedFile } from './parse';

const PROFILES: Profile[] = [YUNYANG_2022, ZHONGMU];
export const SAMPLE_FILES = ['applications.csv', 'category_scores.csv', 'compliance.csv'];

export interface Timing {
  files: number;
  read: number;
  merge: number;
  aggregate: number;
  render: number;
  total: number;
}
declare global {
  interface Window {
    __dashboardTiming?: Timing;
  }
}

async function fetchSample(): Promise<LoadedFile[]> {
  return Promise.all(
    SAMPLE_FILES.map(async (name) => {
      const r = await fetch(`sample/${name}`);
      return { name, bytes: new Uint8Array(await r.arrayBuffer()) };
    }),
  );
}

const params = new URLSearchParams(location.search);

export function App() {
  const [lang, setLang] = useState<Lang>(params.get('lang') === 'en' ? 'en' : 'zh');
  const [files, setFiles] = useState<LoadedFile[]>([]);
  const [encoding, setEncoding] = useState<TextEncodingChoice>('auto');
  const [profileId, setProfileId] = useState(YUNYANG_2022.id);
  const [year, setYear] = useState<number | null>(null);
  const [compare, setCompare] = useState<number | null>(null);
  const [categoryStage, setCategoryStage] = useState<'material' | 'site'>('material');
  const [printView, setPrintView] = useState(params.get('print') === '1');
  const profile = PROFILES.find((p) => p.id === profileId) ?? YUNYANG_2022;
  const clock = useRef({ start: 0, read: 0, merge: 0, aggregate: 0 });

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'title');
  }, [lang]);

  // Printing from the browser's menu switches to the print layout first, so the charts are drawn at paper size.
  useEffect(() => {
    const before = () => {
      flushSync(() => setPrintView(true));
      for (const c of Object.values(Chart.instances)) c.resize();
    };
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, []);

  const addFiles = useCallback((incoming: LoadedFile[]) => {
    clock.current.start = performance.now();
    // a file loaded again under the same name replaces the earlier one
    setFiles((prev) => [...prev.filter((p) => !incoming.some((i) => i.name === p.name)), ...incoming]);
    setYear(null);
    setCompare(null);
  }, []);
  const loadSample = useCallback(() => {
    void fetchSample().then(addFiles);
  }, [addFiles]);
  useEffect(() => {
    if (params.get('sample') === '1') loadSample();
  }, [loadSample]);

  const read = useMemo(() => {
    const t0 = performance.now();
    const r = files.map((f) => readCsvFile(f, encoding));
    clock.current.read = performance.now() - t0;
    return r;
  }, [files, encoding]);
  const merged = useMemo(() => {
    const t0 = performance.now();
    const m = mergeExchange(read.map((f) => f.result).filter((r): r is ReadResult<ExchangeKind> => r !== undefined && !r.unusable));
    clock.current.merge = performance.now() - t0;
    return m;
  }, [read]);
  const years = useMemo(() => yearsOf(merged.data), [merged]);
  const shownYear = year !== null && years.includes(year) ? year : (years[years.length - 1] ?? null);
  const shownCompare = compare !== null ? (compare === -1 ? null : compare) : shownYear !== null && years.includes(shownYear - 1) ? shownYear - 1 : null;

  const view = useMemo(() => {
    if (shownYear === null) return null;
    const t0 = performance.now();
    const v = buildView(merged.data, profile, shownYear, shownCompare, categoryStage);
    clock.current.aggregate = performance.now() - t0;
    return v;
  }, [merged, profile, shownYear, shownCompare, categoryStage]);
  const charts: ChartSpec[] = useMemo(() => (view ? buildCharts(view, lang, profile) : []), [view, lang, profile]);

  // Child effects (each chart's drawing) run before this one, so here every chart of the change is drawn; the
  // frame after it is when a person sees the page complete.
  useEffect(() => {
    if (charts.length === 0) {
      document.documentElement.removeAttribute('data-rendered');
      return;
    }
    const c = clock.current;
    requestAnimationFrame(() => {
      const now = performance.now();
      window.__dashboardTiming = {
        files: files.length,
        read: c.read,
        merge: c.merge,
        aggregate: c.aggregate,
        render: now - c.start - c.read - c.merge - c.aggregate,
        total: now - c.start,
      };
      document.documentElement.setAttribute('data-rendered', String(Date.now()));
    });
  }, [charts]);

  const section = (id: ChartSpec['section'], titleKey: 'secOverview' | 'secScores' | 'secWho' | 'secCompliance', extra?: React.ReactNode) => (
    <section className="page" aria-labelledby={`sec-${id}`} data-section={id}>
      <h2 id={`sec-${id}`} className="section-title">
        {t(lang, titleKey)} · {shownYear}
        {shownCompare !== null ? `（${t(lang, 'vs', { y: shownCompare })}）` : ''}
      </h2>
      {extra}
      <div className="charts">
        {charts.filter((c) => c.section === id).map((c) => (
          <ChartCard key={c.id} id={c.id} title={c.title} finding={c.finding} config={c.config} table={c.table} lang={lang} fileStem={`${c.id}-${shownYear}`} />
        ))}
      </div>
    </section>
  );

  return (
    <FluentProvider theme={webLightTheme} className={printView ? 'app print-view' : 'app'}>
      <header className="top">
        <h1>{t(lang, 'title')}</h1>
        <div className="controls no-print">
          {years.length > 0 && (
            <>
              <Label htmlFor="year">{t(lang, 'year')}</Label>
              <Select id="year" data-testid="year" value={String(shownYear)} onChange={(_, d) => setYear(Number(d.value))}>
                {[...years].reverse().map((y) => <option key={y} value={y}>{y}</option>)}
              </Select>
              <Label htmlFor="compare">{t(lang, 'compare')}</Label>
              <Select id="compare" data-testid="compare" value={String(shownCompare ?? -1)} onChange={(_, d) => setCompare(Number(d.value))}>
                <option value={-1}>{t(lang, 'noCompare')}</option>
                {[...years].reverse().filter((y) => y !== shownYear).map((y) => <option key={y} value={y}>{y}</option>)}
              </Select>
              <Label htmlFor="profile">{t(lang, 'profile')}</Label>
              <Select id="profile" value={profileId} onChange={(_, d) => setProfileId(d.value)}>
                {PROFILES.map((p) => <option key={p.id} value={p.id}>{p.name[lang]}</option>)}
              </Select>
            </>
          )}
          {years.length > 0 && <Button onClick={() => setPrintView(!printView)} data-testid="print-view">{printView ? t(lang, 'backToScreen') : t(lang, 'print')}</Button>}
          {printView && <Button appearance="primary" onClick={() => window.print()}>{t(lang, 'printNow')}</Button>}
          <Button appearance="subtle" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang" lang={lang === 'zh' ? 'en' : 'zh-CN'}>{t(lang, 'language')}</Button>
        </div>
      </header>
      {!printView && <p className="subtitle no-print">{t(lang, 'subtitle')}</p>}
      {!printView && <FileBar lang={lang} encoding={encoding} onEncoding={setEncoding} onFiles={addFiles} onSample={loadSample} onClear={() => setFiles([])} />}
      {!printView && <FileReport files={read} mergeProblems={merged.problems} mergeNotices={merged.notices} lang={lang} />}
      {years.length === 0 ? (
        <p className="empty">{t(lang, 'empty')}</p>
      ) : (
        <main>
          {section('overview', 'secOverview', view && <KpiCards kpis={view.kpis} lang={lang} compare={shownCompare} />)}
          {section(
            'scores',
            'secScores',
            <div className="no-print stage-pick">
              <Label htmlFor="cat-stage">{t(lang, 'colStage')}</Label>
              <Select id="cat-stage" value={categoryStage} onChange={(_, d) => setCategoryStage(d.value as 'material' | 'site')}>
                <option value="material">{t(lang, 'stageMaterial')}</option>
                <option value="site">{t(lang, 'stageSite')}</option>
              </Select>
            </div>,
          )}
          {section('who', 'secWho')}
          {section('compliance', 'secCompliance')}
        </main>
      )}
    </FluentProvider>
  );
}
