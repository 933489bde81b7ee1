import { Button } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import { Chart, chartPng, type ChartConfiguration } from '../chart-setup';
import { t } from '../i18n';

export interface TableSpec {
  head: string[];
  rows: (string | number)[][];
}

interface Props {
  id: string;
  title: string;
  finding: string;
  config: ChartConfiguration;
  table: TableSpec;
  lang: Lang;
  fileStem: string;
}

/**
 * One chart as leadership reads it: a heading that states the finding, the chart (an image with an accessible
 * name), the same numbers in a table, and a PNG export on white.
 */
export function ChartCard({ id, title, finding, config, table, lang, fileStem }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    chart.current?.destroy();
    chart.current = new Chart(canvas.current, config);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [config]);

  const exportPng = async () => {
    if (!canvas.current) return;
    const blob = await chartPng(canvas.current);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${fileStem}.png`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const headingId = `${id}-heading`;
  return (
    <figure className="chart-card" aria-labelledby={headingId} data-chart={id}>
      <div className="chart-head">
        <h3 id={headingId} className="finding">{finding}</h3>
        <Button size="small" appearance="subtle" className="no-print" onClick={exportPng} data-export={id}>
          {t(lang, 'exportPng')}
        </Button>
      </div>
      <div className="chart-sub">{title}</div>
      <div className="chart-body">
        <div className="chart-canvas">
          <canvas ref={canvas} role="img" aria-label={t(lang, 'chartOf', { t: title, f: finding })} />
        </div>
        <table className="data-table">
          <caption>{t(lang, 'tableOf', { t: title })}</caption>
          <thead>
            <tr>{table.head.map((h) => <th key={h} scope="col">{h}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
