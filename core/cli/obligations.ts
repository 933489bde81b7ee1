import { checkAwards } from '../awards/check';
import { obligationsOn, RECORDS_DECIDE } from '../awards/obligations';
import { AWARD_COLUMNS, readAwards } from '../awards/read';
import { readDate } from '../calendar/dates';
import { writeExchange, COMPLIANCE } from '../exchange/contracts';
import type { Lang } from '../i18n/lang';
import { problem } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import { readCsvTable, report, writeCsvOutput, type Output } from './io';
import { fileName } from './tally';
import { loadCalendar } from './workdays';

/**
 * `scorebook obligations [--profile ID] --on DATE awards.csv`: every winner's obligations and their status on DATE,
 * written as compliance.csv (EXCHANGE.md) for the dashboard; what the award history itself breaks (Z4, Z25, Z28)
 * goes to standard error as warnings with the clause.
 */
export function runObligations(profile: Profile | undefined, onArg: string | undefined, file: string, holidays: string | undefined, outFile: string | undefined, lang: Lang, out: Output): number {
  const on = onArg ? readDate(onArg) : undefined;
  if (!on) {
    report(out, [problem('AWARD_BAD_ON', { text: onArg ?? '' })], lang);
    return 2;
  }
  // Without --profile every kind of obligation counts, and the history checks (which need a quota) are left out.
  const life = profile ? profile.awardLife : RECORDS_DECIDE;
  if (!life) {
    report(out, [problem('AWARD_NO_LIFE', { profile: profile?.id ?? '' })], lang);
    return 2;
  }
  const { cal, problems: calProblems } = loadCalendar(holidays);
  const table = readCsvTable(file, AWARD_COLUMNS);
  report(out, table.notices.map((n) => ({ ...n, severity: 'warning' as const })), lang);
  if (calProblems.length || table.problems.length || !cal) {
    report(out, [...calProblems, ...table.problems], lang);
    return 2;
  }
  const { awards, events, problems } = readAwards(table.records, fileName(file));
  if (problems.length) {
    report(out, problems, lang);
    return 2;
  }
  const r = obligationsOn(life, cal, awards, events, on);
  if (r.problems.length) {
    report(out, r.problems, lang);
    return 2;
  }
  const csv = writeExchange(COMPLIANCE, r.rows).replace(/^\uFEFF/, '');
  writeCsvOutput(out, csv, outFile);
  report(out, [...r.notices, ...(profile ? checkAwards(profile, awards, events) : [])].map((p) => ({ ...p, severity: 'warning' as const })), lang);
  return 0;
}
