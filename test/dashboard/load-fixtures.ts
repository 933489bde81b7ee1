import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyReadResult, ExchangeKind, ReadResult } from '../../core/exchange/contracts';
import { mergeExchange } from '../../core/exchange/merge';
import { readCsvFile } from '../../dashboard/src/parse';
import { encodeGbk } from './gbk';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Bytes of a fixture as a person would hand them over: applications-2024 saved as GBK by Chinese Excel. */
export function fixtureBytes(name: string): Uint8Array {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  return name === 'applications-2024.csv' ? encodeGbk(text) : new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** A file read as the dashboard reads it (dashboard/src/parse.ts), its problems those the dashboard shows. */
export function readBytes(bytes: Uint8Array, file: string): AnyReadResult {
  const r = readCsvFile({ name: file, bytes }, 'auto');
  return r.result ? { ...r.result, problems: r.problems } : { kind: undefined, file, problems: r.problems };
}

export function loadFixtures() {
  const names = ['applications-2024.csv', 'applications-2025.csv', 'category-scores.csv', 'compliance.csv'];
  const results = names.map((n) => readBytes(fixtureBytes(n), n));
  const ok = results.filter((r): r is ReadResult<ExchangeKind> => r.kind !== undefined);
  return { results, merged: mergeExchange(ok) };
}
