/**
 * The browser stand-in for Office: bundled and given to the page as an init script, it defines `Office` and `Excel`
 * over a FakeWorkbook before the task pane loads, and `__fake` for the test to look at the workbook and to play the
 * reviewers who type into it.
 */
import { fakeHost, FakeWorkbook } from './fake-excel';

// Office and Excel are set as plain properties: the page's own types for them are those of @types/office-js
const page = window as unknown as Record<string, unknown>;

const wb = new FakeWorkbook();
wb.addSheet('Sheet1');
const params = new URLSearchParams(location.search);
// ?excelapi=1.8 plays an older Excel, ?host=none a page outside Office, ?lang=en-US an English Office
const host = fakeHost(wb, { sets: { ExcelApi: params.get('excelapi') ?? '1.12' }, now: () => new Date() });

page.Office = {
  onReady: (cb?: (info: { host: string | null; platform: string | null }) => void) => {
    const info = params.get('host') === 'none' ? { host: null, platform: null } : { host: 'Excel', platform: 'OfficeOnline' };
    // Office calls back once the page has loaded
    const go = () => cb?.(info);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', go);
    else setTimeout(go, 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: params.get('lang') ?? 'zh-CN',
    requirements: { isSetSupported: (set: string, v: string) => host.supports(set, v) },
  },
};
page.Excel = { run: host.run };

page.__fake = {
  wb,
  host,
  sheetNames: () => wb.sheets.filter((s) => s.visibility !== 'Hidden').map((s) => s.name),
  /** Reviewers type a percentage into every entry cell of the sheets whose name starts with `prefix`. */
  fillScores(prefix: string, value: (sheet: string, cell: string) => number) {
    let n = 0;
    for (const s of wb.sheets) {
      if (!s.name.startsWith(prefix)) continue;
      for (const [a, c] of s.cells) {
        if (!c.locked && c.numberFormat === '0') {
          c.value = value(s.name, a);
          n++;
        }
      }
    }
    return n;
  },
  type: (sheet: string, cell: string, v: string | number) => wb.type(sheet, cell, v),
  selected: () => wb.selected,
  value: (sheet: string, cell: string) => wb.value(sheet, cell),
};
