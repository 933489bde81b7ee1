import { z } from 'zod';
import { normaliseTyped } from '../scoring/entry';
import { problem, type Problem, type Where } from '../i18n/problem';
import type { YearDays } from './calendar';
import { readDate, weekday, yearOf } from './dates';

/** One line of the secretariat's holiday list: a date and whether it is a day off or an adjusted working day. */
export interface SuppliedDay {
  date: string;
  kind: string;
  where: Where;
}

const KIND: Record<string, 'holiday' | 'workday'> = {
  holiday: 'holiday',
  休: 'holiday',
  放假: 'holiday',
  假日: 'holiday',
  节假日: 'holiday',
  workday: 'workday',
  班: 'workday',
  上班: 'workday',
  调休: 'workday',
  调休上班: 'workday',
  工作日: 'workday',
};

/**
 * The years a secretariat supplies (e.g. 2027, before the package knows it), as CSV rows `date,kind`. A year
 * given here replaces the package's data for that whole year, so list every holiday and adjusted working day of it.
 */
export function suppliedYears(days: readonly SuppliedDay[]): { years: Map<number, YearDays>; problems: Problem[] } {
  const problems: Problem[] = [];
  const acc = new Map<number, { holidays: Set<string>; workdays: Set<string> }>();
  for (const d of days) {
    const date = readDate(d.date);
    if (!date) {
      problems.push(problem('CAL_BAD_DATE', { text: d.date }, { field: 'date', ...d.where }));
      continue;
    }
    const kind = KIND[normaliseTyped(d.kind).toLowerCase()];
    if (!kind) {
      problems.push(problem('CAL_BAD_KIND', { text: d.kind }, { field: 'kind', ...d.where }));
      continue;
    }
    const wd = weekday(date);
    // An adjusted working day only makes sense on a weekend: a weekday is a working day already.
    if (kind === 'workday' && wd !== 0 && wd !== 6) {
      problems.push(problem('CAL_WORKDAY_NOT_WEEKEND', { date }, { field: 'date', ...d.where }));
      continue;
    }
    const y = yearOf(date);
    let e = acc.get(y);
    if (!e) acc.set(y, (e = { holidays: new Set(), workdays: new Set() }));
    const other = kind === 'holiday' ? e.workdays : e.holidays;
    if (other.has(date)) problems.push(problem('CAL_BOTH_KINDS', { date }, { field: 'date', ...d.where }));
    (kind === 'holiday' ? e.holidays : e.workdays).add(date);
  }
  const years = new Map<number, YearDays>();
  for (const [y, e] of acc) years.set(y, { ...e, source: 'supplied' });
  return { years, problems };
}

const dateList = z.union([z.array(z.string()), z.record(z.string(), z.unknown()).transform((r) => Object.keys(r))]);
const holidaysJson = z.union([
  z.object({ holidays: dateList.default([]), workdays: dateList.default([]) }),
  z.array(z.object({ date: z.string(), kind: z.string() })),
]);

/**
 * The same list as JSON: `{"holidays": [...dates], "workdays": [...dates]}` (or the package's own shape, dates as
 * keys), or `[{"date": ..., "kind": ...}]`.
 */
export function suppliedYearsFromJson(text: string, file: string): { years: Map<number, YearDays>; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { years: new Map(), problems: [problem('CAL_BAD_JSON', { detail: (e as Error).message }, { file })] };
  }
  const parsed = holidaysJson.safeParse(json);
  if (!parsed.success) {
    return { years: new Map(), problems: [problem('CAL_BAD_JSON', { detail: parsed.error.issues[0]?.message ?? '' }, { file })] };
  }
  const v = parsed.data;
  const days: SuppliedDay[] = Array.isArray(v)
    ? v.map((d, i) => ({ date: d.date, kind: d.kind, where: { file, field: `[${i}]` } }))
    : [
        ...v.holidays.map((date, i) => ({ date, kind: 'holiday', where: { file, field: `holidays[${i}]` } })),
        ...v.workdays.map((date, i) => ({ date, kind: 'workday', where: { file, field: `workdays[${i}]` } })),
      ];
  return suppliedYears(days);
}
