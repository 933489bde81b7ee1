import Papa from 'papaparse';
import { exchangeReader, type ExchangeKind, type ReadResult } from '../../core/exchange/contracts';
import { decodeCsvBytes, type TextEncodingChoice } from '../../core/exchange/decode';
import { problem, type Problem } from '../../core/i18n/problem';

/**
 * The separator, from the header line: a comma as EXCHANGE.md says, or the tab or semicolon that some spreadsheets
 * save. Papaparse can guess too, but its guess costs a trial parse of a large file.
 */
export function delimiterOf(text: string): string {
  const end = text.indexOf('\n');
  const head = end < 0 ? text : text.slice(0, end);
  const count = (ch: string) => head.split(ch).length - 1;
  const [best] = [',', '\t', ';'].map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

export interface LoadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadFile {
  name: string;
  encoding: 'utf-8' | 'gb18030';
  result: ReadResult<ExchangeKind> | undefined;
  /** Problems of this file: unreadable CSV, an unknown kind, bad rows. */
  problems: Problem[];
  notices: Problem[];
}

/**
 * One file from bytes to typed rows: decode (UTF-8, BOM or GB18030, or as the user chose), split into cells with
 * papaparse keeping every cell as text (ids keep leading zeros), and read each row through the exchange contracts
 * as it is split, so that no grid of all the cells of a large file is kept.
 */
export function readCsvFile(f: LoadedFile, encoding: TextEncodingChoice): ReadFile {
  const decoded = decodeCsvBytes(f.bytes, encoding);
  const problems: Problem[] = [];
  const reader = exchangeReader(f.name);
  let row = 0;
  Papa.parse<string[]>(decoded.text, {
    skipEmptyLines: false,
    dynamicTyping: false,
    delimiter: delimiterOf(decoded.text),
    step: (r) => {
      row++;
      for (const e of r.errors) {
        // a delimiter guess on a one-column file is no problem with the data
        if (e.type === 'Delimiter') continue;
        problems.push(problem('TABLE_BAD_QUOTES', { detail: e.message }, { file: f.name, row }));
      }
      reader.push(r.data);
    },
  });
  const r = reader.finish();
  if (r.kind === undefined) return { name: f.name, encoding: decoded.encoding, result: undefined, problems: [...problems, ...r.problems], notices: [] };
  return { name: f.name, encoding: decoded.encoding, result: r, problems: [...problems, ...r.problems], notices: r.notices };
}
