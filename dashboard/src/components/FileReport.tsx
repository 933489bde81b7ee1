import { formatProblem } from '../../../core/i18n/catalog';
import type { Lang } from '../../../core/i18n/lang';
import type { Problem } from '../../../core/i18n/problem';
import { kindName, t } from '../i18n';
import type { ReadFile } from '../parse';

const SHOWN = 20;

function List({ items, lang, cls }: { items: Problem[]; lang: Lang; cls: string }) {
  return (
    <ul className={cls}>
      {items.slice(0, SHOWN).map((p, i) => <li key={i}>{formatProblem(p, lang)}</li>)}
      {items.length > SHOWN && <li>{t(lang, 'moreProblems', { n: items.length - SHOWN })}</li>}
    </ul>
  );
}

/** What each file gave, and every problem with its file, row and column. */
export function FileReport({ files, mergeProblems, mergeNotices, lang }: { files: ReadFile[]; mergeProblems: Problem[]; mergeNotices: Problem[]; lang: Lang }) {
  if (files.length === 0) return null;
  const problems = [...files.flatMap((f) => f.problems), ...mergeProblems];
  const notices = [...files.flatMap((f) => f.notices), ...mergeNotices];
  return (
    <section className="file-report no-print" aria-label={t(lang, 'files')}>
      <h2>{t(lang, 'files')}</h2>
      <ul className="file-list">
        {files.map((f) => (
          <li key={f.name} data-file={f.name}>
            <strong>{f.name}</strong>{' '}
            {f.result && !f.result.unusable
              ? `${kindName(lang, f.result.kind)} · ${f.result.rows.length} ${t(lang, 'rows')} · ${f.encoding.toUpperCase()}`
              : <span className="unusable">{t(lang, 'unusable')}</span>}
          </li>
        ))}
      </ul>
      {problems.length > 0 && (
        <div role="alert" className="problems">
          <h3>{t(lang, 'problems')}（{problems.length}）</h3>
          <List items={problems} lang={lang} cls="problem-list" />
        </div>
      )}
      {notices.length > 0 && (
        <details className="notices">
          <summary>{t(lang, 'notices')}（{notices.length}）</summary>
          <List items={notices} lang={lang} cls="notice-list" />
        </details>
      )}
    </section>
  );
}
