import { readDate } from '../calendar/dates';
import { checkEligibility } from '../eligibility/check';
import { APPLICANT_COLUMNS, readApplicants } from '../eligibility/read';
import { toCsv } from '../exchange/csv-write';
import { messageText } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { problem } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import { readCsvTable, report, writeCsvOutput, type Output } from './io';
import { fileName } from './tally';

/**
 * `scorebook eligibility`: applicants in; one row per finding (clause, code, message), or one "eligible" row for
 * an applicant with none. Periods count to the year's application deadline (--deadline).
 */
export function runEligibility(profile: Profile, file: string, deadlineArg: string | undefined, outFile: string | undefined, lang: Lang, out: Output): number {
  const deadline = deadlineArg ? readDate(deadlineArg) : undefined;
  if (!deadline) {
    report(out, [problem('ELIG_DEADLINE', { text: deadlineArg ?? '' })], lang);
    return 2;
  }
  if (!profile.eligibility) {
    report(out, [problem('ELIG_NO_RULES', { profile: profile.id })], lang);
    return 2;
  }
  const table = readCsvTable(file, APPLICANT_COLUMNS);
  report(out, table.notices.map((n) => ({ ...n, severity: 'warning' as const })), lang);
  if (table.problems.length) {
    report(out, table.problems, lang);
    return 2;
  }
  const { applicants, problems } = readApplicants(table.records, fileName(file));
  if (problems.length) {
    report(out, problems, lang);
    return 2;
  }
  const rows: string[][] = [];
  let ineligible = 0;
  for (const a of applicants) {
    const r = checkEligibility(profile, a, deadline);
    if (!r.eligible) ineligible++;
    const eligible = r.eligible ? 'yes' : 'no';
    if (r.findings.length === 0) rows.push([a.creditCode, a.name, eligible, '', '', '', '']);
    for (const f of r.findings) rows.push([a.creditCode, a.name, eligible, f.clause, f.code, f.severity, messageText(f.code, f.params, lang)]);
  }
  writeCsvOutput(out, toCsv(['applicant_id', 'name', 'eligible', 'clause', 'code', 'severity', 'message'], rows, { eol: '\n' }), outFile);
  out.stderr(
    (lang === 'zh'
      ? `${applicants.length} 个申报单位，${applicants.length - ineligible} 个符合申报条件，${ineligible} 个不符合（截止日期 ${deadline}）`
      : `${applicants.length} applicants: ${applicants.length - ineligible} eligible, ${ineligible} not (deadline ${deadline})`) + '\n',
  );
  return 0;
}
