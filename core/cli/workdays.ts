import { readFileSync } from 'node:fs';
import { addWorkdays, workCalendar, type WorkCalendar, type YearDays } from '../calendar/calendar';
import { readDate } from '../calendar/dates';
import { noticeEnd } from '../calendar/notice';
import { suppliedYears, suppliedYearsFromJson } from '../calendar/supplied';
import { toCsv } from '../exchange/csv-write';
import type { Lang } from '../i18n/lang';
import { problem, type Problem } from '../i18n/problem';
import type { NoticeRule, Profile } from '../profiles/profile';
import { readCsvTable, report, writeCsvOutput, type Output } from './io';
import { fileName } from './tally';

/**
 * The working-day calendar with the secretariat's `--holidays` file (CSV `date,kind` or JSON) for years the
 * package does not cover; those years take precedence over the package's.
 */
export function loadCalendar(holidaysFile: string | undefined): { cal?: WorkCalendar; problems: Problem[] } {
  if (!holidaysFile) return { cal: workCalendar(), problems: [] };
  const file = fileName(holidaysFile);
  let supplied: { years: Map<number, YearDays>; problems: Problem[] };
  if (holidaysFile.toLowerCase().endsWith('.json')) {
    let text: string;
    try {
      text = readFileSync(holidaysFile, 'utf8');
    } catch (e) {
      return { problems: [problem('CLI_FILE_UNREADABLE', { detail: (e as Error).message }, { file })] };
    }
    supplied = suppliedYearsFromJson(text, file);
  } else {
    const t = readCsvTable(holidaysFile, [
      { key: 'date', labels: ['日期'], required: true },
      { key: 'kind', labels: ['类别', '类型'], required: true },
      { key: 'name', labels: ['名称', '节日'], required: false },
    ]);
    if (t.problems.length) return { problems: t.problems };
    supplied = suppliedYears(t.records.map((r) => ({ date: r.values.date ?? '', kind: r.values.kind ?? '', where: { file, row: r.row, column: r.columns.date! } })));
    // A bad kind is in the kind column, not the date column.
    t.records.forEach((r) => {
      for (const p of supplied.problems) if (p.where?.row === r.row && p.code === 'CAL_BAD_KIND') p.where = { ...p.where, column: r.columns.kind!, field: 'kind' };
    });
  }
  if (supplied.problems.length) return { problems: supplied.problems };
  return { cal: workCalendar(supplied.years), problems: [] };
}

/**
 * `scorebook workdays --from DATE --days N`: the N-th working day after DATE. With `--profile` and no `--days`:
 * the last day of each notice period of the profile that starts on DATE (Y16.8, Z17.2, Z17.8).
 */
export function runWorkdays(
  args: { from: string | undefined; days: string | undefined; holidays: string | undefined; profile: Profile | undefined },
  outFile: string | undefined,
  lang: Lang,
  out: Output,
): number {
  const problems: Problem[] = [];
  const from = args.from ? readDate(args.from) : undefined;
  if (!from) problems.push(problem('CAL_BAD_DATE', { text: args.from ?? '' }, { field: '--from' }));
  const days = args.days !== undefined && /^\d+$/.test(args.days.trim()) ? Number(args.days.trim()) : undefined;
  if (args.days !== undefined && (days === undefined || days < 1)) problems.push(problem('CAL_BAD_DAYS', { text: args.days }));
  if (args.days === undefined && !args.profile?.notice) problems.push(problem('CLI_USAGE', { detail: lang === 'zh' ? '需要 --days N，或 --profile ID 以计算公示期' : 'give --days N, or --profile ID for its notice periods' }));
  const { cal, problems: calProblems } = loadCalendar(args.holidays);
  problems.push(...calProblems);
  if (problems.length || !cal || !from) {
    report(out, problems, lang);
    return 2;
  }
  if (days !== undefined) {
    const r = addWorkdays(cal, from, days);
    if (!r.ok) {
      report(out, [r.problem], lang);
      return 2;
    }
    writeCsvOutput(out, toCsv(['from', 'days', 'date'], [[from, days, r.value]], { eol: '\n' }), outFile);
    return 0;
  }
  const notice = args.profile!.notice!;
  const rules: [string, NoticeRule][] = [['candidates', notice.candidates]];
  if (notice.internal) rules.push(['internal', notice.internal]);
  const rows: (string | number)[][] = [];
  for (const [what, rule] of rules) {
    const end = noticeEnd(cal, from, rule);
    if (!end.ok) {
      report(out, [end.problem], lang);
      return 2;
    }
    rows.push([what, rule.clause, from, rule.days, rule.unit, end.value]);
  }
  writeCsvOutput(out, toCsv(['notice', 'clause', 'start', 'days', 'unit', 'end'], rows, { eol: '\n' }), outFile);
  return 0;
}
