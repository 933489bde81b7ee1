import CHINESE_DAYS from 'chinese-days/dist/chinese-days.json';
import { problem, type Problem } from '../i18n/problem';
import { addDays, weekday, yearOf } from './dates';

/**
 * One year of the State Council calendar: weekdays that are holidays (放假) and weekend days that are working
 * days (调休上班). Every other Monday-Friday is a working day and every other weekend day a rest day.
 */
export interface YearDays {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
  source: 'chinese-days' | 'supplied';
}

/** Working days by year. A year it has no data for is refused, never guessed as plain weekdays. */
export interface WorkCalendar {
  years: ReadonlyMap<number, YearDays>;
}

/** Thrown inside a walk over the calendar when it reaches a year without data; caught at the API boundary. */
class MissingYear extends Error {
  constructor(readonly year: number) {
    super(`no calendar data for ${year}`);
  }
}

/**
 * The package's data (chinese-days's own JSON, read as plain date keys rather than through its date functions,
 * which depend on the local time zone), with the secretariat's supplied years taking precedence.
 */
export function workCalendar(supplied: ReadonlyMap<number, YearDays> = new Map()): WorkCalendar {
  const data = CHINESE_DAYS as { holidays: Record<string, string>; workdays: Record<string, string> };
  const years = new Map<number, { holidays: Set<string>; workdays: Set<string>; source: 'chinese-days' }>();
  const yearEntry = (d: string) => {
    const y = yearOf(d);
    let e = years.get(y);
    if (!e) years.set(y, (e = { holidays: new Set(), workdays: new Set(), source: 'chinese-days' }));
    return e;
  };
  for (const d of Object.keys(data.holidays)) yearEntry(d).holidays.add(d);
  for (const d of Object.keys(data.workdays)) yearEntry(d).workdays.add(d);
  const all = new Map<number, YearDays>(years);
  for (const [y, days] of supplied) all.set(y, days);
  return { years: all };
}

export function coveredYears(cal: WorkCalendar): number[] {
  return [...cal.years.keys()].sort((a, b) => a - b);
}

function isWorkdayOrThrow(cal: WorkCalendar, date: string): boolean {
  const days = cal.years.get(yearOf(date));
  if (!days) throw new MissingYear(yearOf(date));
  if (days.workdays.has(date)) return true;
  if (days.holidays.has(date)) return false;
  const wd = weekday(date);
  return wd !== 0 && wd !== 6;
}

export type CalendarResult<T> = { ok: true; value: T } | { ok: false; problem: Problem };

function guarded<T>(cal: WorkCalendar, f: () => T): CalendarResult<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof MissingYear) {
      const years = coveredYears(cal);
      return {
        ok: false,
        problem: problem('CAL_YEAR_NOT_COVERED', { year: e.year, first: years[0] ?? '', last: years[years.length - 1] ?? '' }),
      };
    }
    throw e;
  }
}

export function isWorkday(cal: WorkCalendar, date: string): CalendarResult<boolean> {
  return guarded(cal, () => isWorkdayOrThrow(cal, date));
}

/** The n-th working day after `from` (not counting `from` itself): 5 after 2025-09-28 is 2025-10-11. */
export function addWorkdays(cal: WorkCalendar, from: string, n: number): CalendarResult<string> {
  return guarded(cal, () => {
    let d = from;
    let left = n;
    while (left > 0) {
      d = addDays(d, 1);
      if (isWorkdayOrThrow(cal, d)) left--;
    }
    return d;
  });
}

/** Working days from `start` to `end`, both included. */
export function countWorkdays(cal: WorkCalendar, start: string, end: string): CalendarResult<number> {
  return guarded(cal, () => {
    let n = 0;
    for (let d = start; d <= end; d = addDays(d, 1)) if (isWorkdayOrThrow(cal, d)) n++;
    return n;
  });
}
