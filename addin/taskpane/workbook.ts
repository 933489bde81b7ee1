import { buildConsensus, buildResults, buildStage, checkEntries, exportCsv, selectCell, startYear, updateRoster, writeEligibility } from '../excel/commands';
import type { ExcelHost } from '../excel/host';

/** The few functions the task pane calls; the host (Excel or the fake) stays behind them. */
export function workbookOf(host: ExcelHost) {
  return {
    startYear: (input: Parameters<typeof startYear>[1]) => startYear(host, input),
    writeEligibility: (sheet: Parameters<typeof writeEligibility>[1]) => writeEligibility(host, sheet),
    updateRoster: (change: Parameters<typeof updateRoster>[1], note?: string, ineligible?: Parameters<typeof updateRoster>[3]) => updateRoster(host, change, note, ineligible),
    buildStage: (stage: Parameters<typeof buildStage>[1], recreate: boolean) => buildStage(host, stage, recreate),
    buildConsensus: (stage: Parameters<typeof buildConsensus>[1]) => buildConsensus(host, stage),
    buildResults: () => buildResults(host),
    checkEntries: () => checkEntries(host),
    selectCell: (sheet: string, cell: string) => selectCell(host, sheet, cell),
    exportCsv: () => exportCsv(host),
    // reviewer files need exceljs: loaded on first use, so the pane opens without it
    reviewerFiles: async (stage: Parameters<typeof buildStage>[1]) => (await import(/* webpackChunkName: "reviewer-files" */ '../excel/reviewer-files')).reviewerFiles(host, stage),
    collectFiles: async (files: { name: string; bytes: Uint8Array }[], confirm: boolean) => (await import(/* webpackChunkName: "reviewer-files" */ '../excel/reviewer-files')).collectFiles(host, files, confirm),
  };
}

export type Workbook = ReturnType<typeof workbookOf>;
