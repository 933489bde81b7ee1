import Papa from 'papaparse';
import { decodeCsvBytes } from '../../core/exchange/decode';
import { readTable } from '../../core/exchange/table';
import type { Problem } from '../../core/i18n/problem';
import { readApplicants } from '../../core/eligibility/read';
import { APPLICANT_COLUMNS } from '../../core/eligibility/read';
import type { ApplicantRecord } from '../../core/eligibility/applicant';
import { POOL_COLUMNS, readPool } from '../../core/panel/read';
import type { Expert } from '../../core/panel/pool';

/** A CSV file's cells as text, in UTF-8 or GB18030 as Chinese Excel and WPS save it. */
export async function csvGrid(file: File): Promise<string[][]> {
  const { text } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  return textGrid(text);
}

/**
 * Cells of CSV text, or of rows copied from Excel and pasted (tab-separated): papaparse finds the separator.
 * A single-column paste has none to find, which is no problem with the data.
 */
export function textGrid(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false }).data;
}

/** applicants.csv of the year (or the same rows pasted): the roster and what eligibility needs, each bad cell located. */
export function readApplicantsGrid(grid: string[][], name: string): { applicants: ApplicantRecord[]; problems: Problem[] } {
  const table = readTable(grid, APPLICANT_COLUMNS, name);
  const r = readApplicants(table.records, name);
  return { applicants: r.applicants, problems: [...table.problems, ...r.problems] };
}

/** The expert pool (pool.csv, or the same rows pasted): the reviewers of the roster and what the panel draw needs. */
export function readPoolGrid(grid: string[][], name: string): { experts: Expert[]; problems: Problem[] } {
  const table = readTable(grid, POOL_COLUMNS, name);
  const r = readPool(table.records, name);
  return { experts: r.experts, problems: [...table.problems, ...r.problems] };
}

export async function readApplicantsCsv(file: File): Promise<{ applicants: ApplicantRecord[]; problems: Problem[] }> {
  return readApplicantsGrid(await csvGrid(file), file.name);
}

export async function readPoolCsv(file: File): Promise<{ experts: Expert[]; problems: Problem[] }> {
  return readPoolGrid(await csvGrid(file), file.name);
}
