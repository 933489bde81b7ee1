import type { Kpi } from '../../../core/exchange/trends';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../i18n';

const LABEL = { applied: 'kpiApplied', awarded: 'kpiAwarded', prize: 'kpiPrize', onTimeRate: 'kpiOnTime', revocations: 'kpiRevocations' } as const;
// The arrow and the words carry the direction; colour is not used for it (in China red often means up).
const ARROW = { up: '▲', down: '▼', same: '＝', none: '' };

export function KpiCards({ kpis, lang, compare }: { kpis: Kpi[]; lang: Lang; compare: number | null }) {
  return (
    <div className="kpis" role="list">
      {kpis.map((k) => {
        const change =
          k.direction === 'none'
            ? compare === null ? t(lang, 'noCompareText') : '—'
            : `${t(lang, 'vs', { y: compare ?? '' })} ${t(lang, k.direction)} ${k.direction === 'same' ? '' : k.delta!.replace(/^[+-]/, '')}`.trim();
        return (
          <div className="kpi" role="listitem" key={k.id} data-kpi={k.id}>
            <div className="kpi-label">{t(lang, LABEL[k.id])}</div>
            <div className="kpi-value">{k.value ?? '—'}</div>
            <div className="kpi-change">
              {ARROW[k.direction] && <span aria-hidden="true" className="kpi-arrow">{ARROW[k.direction]} </span>}
              <span>{change}</span>
            </div>
          </div>
        );
      })}
    </div>
  );
}
