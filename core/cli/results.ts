import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATIONS, CATEGORY_SCORES, writeExchange } from '../exchange/contracts';
import type { Lang } from '../i18n/lang';
import { problem, type Problem } from '../i18n/problem';
import { getProfile } from '../profiles/load';
import type { Profile } from '../profiles/profile';
import { buildWorkbook } from '../workbook/build';
import { computeYear } from '../workbook/compute';
import { exchangeRows } from '../workbook/exchange-rows';
import type { WorkbookInput } from '../workbook/input';
import { readWorkbook } from '../workbook/read';
import { readRoster, rosterInput } from '../workbook/roster-read';
import { readXlsxGrids } from '../xlsx/read';
import { renderXlsx } from '../xlsx/render';
import { report, type Output } from './io';
import { resolveProfile } from './profile-arg';
import { fileName } from './tally';

export interface ResultsOptions {
  outFile: string;
  csvDir?: string;
  /** A profile given on the command line: needed when the workbook was made from a county's JSON profile. */
  profileArg?: string;
}

/**
 * `scorebook results`: read a filled workbook, check every entry (each problem by sheet and cell), compute with core,
 * and write the workbook again with the results sheet holding core's ranking, outcomes and clauses, ready to sign.
 */
export async function runResults(file: string, opts: ResultsOptions, lang: Lang, out: Output): Promise<number> {
  let grids;
  try {
    grids = await readXlsxGrids(new Uint8Array(readFileSync(file)));
  } catch (e) {
    report(out, [problem('WB_NOT_A_WORKBOOK', { detail: (e as Error).message }, { file: fileName(file) })], lang);
    return 2;
  }
  const roster = readRoster(grids);
  const withFile = (ps: readonly Problem[]) => ps.map((p) => ({ ...p, where: { file: fileName(file), ...p.where } }));
  if (roster.problems.length) {
    report(out, withFile(roster.problems), lang);
    return 2;
  }
  let profile: Profile | undefined;
  if (opts.profileArg) {
    const r = resolveProfile(opts.profileArg);
    if (!r.profile) {
      report(out, r.problems, lang);
      return 2;
    }
    profile = r.profile;
    if (getProfile(opts.profileArg) && profile.id !== roster.profileId) {
      report(out, withFile([problem('WB_PROFILE_MISMATCH', { found: roster.profileId, expected: profile.id }, { sheet: roster.lang === 'zh' ? '设置' : 'Set-up', cell: 'B4' })]), lang);
      return 2;
    }
  } else {
    profile = getProfile(roster.profileId);
    if (!profile) {
      report(out, [problem('CLI_UNKNOWN_PROFILE', { value: roster.profileId }, { file: fileName(file) })], lang);
      return 2;
    }
  }
  const input: WorkbookInput = rosterInput(roster, profile);
  const plan = buildWorkbook(input);
  const read = readWorkbook(plan, grids, profile);
  if (read.problems.length) {
    report(out, withFile(read.problems), lang);
    return 2;
  }
  const year = computeYear(input, read);
  // missing entries are named cell by cell; the selection's own "score missing" would only repeat them
  let problems = [...year.incomplete, ...year.tallies.material.problems, ...year.tallies.site.problems];
  if (!problems.length) problems = year.selection.problems;
  if (problems.length) {
    report(out, withFile(problems), lang);
    return 2;
  }
  writeFileSync(opts.outFile, await renderXlsx(buildWorkbook(input, read.typed, year.selection)));
  if (opts.csvDir) {
    mkdirSync(opts.csvDir, { recursive: true });
    const rows = exchangeRows(input, year);
    writeFileSync(join(opts.csvDir, APPLICATIONS.fileName), writeExchange(APPLICATIONS, rows.applications));
    writeFileSync(join(opts.csvDir, CATEGORY_SCORES.fileName), writeExchange(CATEGORY_SCORES, rows.categories));
  }
  const sel = year.selection;
  const cands = sel.rows.filter((r) => r.outcome === 'candidate').map((r) => r.name ?? r.applicantId);
  out.stderr(lang === 'zh' ? `已写入 ${opts.outFile}；推荐候选：${cands.join('、') || '无'}\n` : `wrote ${opts.outFile}; candidates: ${cands.join(', ') || 'none'}\n`);
  if (sel.vacant) out.stderr(lang === 'zh' ? `本年度无单位达到条件，奖项空缺（${sel.vacancyClause}）\n` : `Nobody qualifies: the award is vacant (${sel.vacancyClause})\n`);
  if (sel.tiedForLastPlace.length) {
    out.stderr((lang === 'zh' ? `并列最后名额，须由评选委员会表决（${profile.tieClause}）：` : `Tied for the last place; the committee decides (${profile.tieClause}): `) + sel.tiedForLastPlace.join(', ') + '\n');
  }
  return 0;
}
