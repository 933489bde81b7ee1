import { problem, type Problem } from '../../core/i18n/problem';
import { MINIMUM } from './host';

/** What Office.onReady says about where the pane runs. */
export interface ReadyInfo {
  host: string | null | undefined;
}

/**
 * Whether the pane can work here, checked once when it opens: outside Excel (a browser, `npm start`) it only shows
 * itself; an Excel older than the manifest's minimum (a manifest-less load, an old perpetual licence) is told which
 * set is missing instead of failing later inside a command.
 */
export function readiness(info: ReadyInfo, supports: (set: string, version: string) => boolean): Problem | null {
  if (info.host !== 'Excel') return problem('ADDIN_NOT_IN_EXCEL');
  if (!supports(MINIMUM.set, MINIMUM.version)) return problem('ADDIN_NEEDS_API', { set: MINIMUM.set, version: MINIMUM.version });
  return null;
}
