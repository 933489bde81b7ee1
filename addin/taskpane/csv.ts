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
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
}

/** applicants.csv of the year: the roster and what eligibility needs, with each bad cell located. */
export async function readApplicantsCsv(file: File): Promise<{ applicants: ApplicantRecord[]; problems: Problem[] }> {
  const table = readTable(await csvGrid(file), APPLICANT_COLUMNS, file.name);
  const r = readApplicants(table.records, file.name);
  return { applicants: r.applicants, problems: [...table.problems, ...r.problems] };
}

/** The expert pool (pool.csv): the reviewers of the roster and what the panel draw needs. */
export async function readPoolCsv(file: File): Promise<{ experts: Expert[]; problems: Problem[] }> {
  const table = readTable(await csvGrid(file), POOL_COLUMNS, file.name);
  const r = readPool(table.records, file.name);
  return { experts: r.experts, problems: [...table.problems, ...r.problems] };
}
