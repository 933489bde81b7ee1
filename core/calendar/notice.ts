import type { AwardLife, NoticeRule } from '../profiles/profile';
import { addWorkdays, countWorkdays, isWorkday, type CalendarResult, type WorkCalendar } from './calendar';
import { addDays } from './dates';

/**
 * Last day of a notice that starts on `start`, the first day counted: 7 calendar days from 2025-09-29 end on
 * 2025-10-05; 5 working days from 2025-09-29 end on 2025-10-11 (the National Day week is not counted).
 */
export function noticeEnd(cal: WorkCalendar, start: string, rule: NoticeRule): CalendarResult<string> {
  if (rule.unit === 'calendar') return { ok: true, value: addDays(start, rule.days - 1) };
  // The first day counts only if it is a working day: the end is then the (n-1)-th working day after it.
  const first = isWorkday(cal, start);
  if (!first.ok) return first;
  return addWorkdays(cal, start, first.value ? rule.days - 1 : rule.days);
}

/** Whether a notice that ran from `start` to `end` (both included) was long enough, and how long it was. */
export function noticeLength(cal: WorkCalendar, start: string, end: string, rule: NoticeRule): CalendarResult<{ counted: number; enough: boolean }> {
  if (rule.unit === 'calendar') {
    let counted = 0;
    for (let d = start; d <= end; d = addDays(d, 1)) counted++;
    return { ok: true, value: { counted, enough: counted >= rule.days } };
  }
  const n = countWorkdays(cal, start, end);
  return n.ok ? { ok: true, value: { counted: n.value, enough: n.value >= rule.days } } : n;
}

/** Annual self-evaluation report of `year`, due by the profile's month-day (Y18: 30 June). */
export function annualReportDue(life: AwardLife, year: number): string {
  return `${year}-${String(life.annualReport.month).padStart(2, '0')}-${String(life.annualReport.day).padStart(2, '0')}`;
}

/** An incident or failed spot check must be reported within n working days of it (Y19: 15). */
export function incidentReportDue(cal: WorkCalendar, life: AwardLife, eventDate: string): CalendarResult<string> | null {
  return life.incidentReport ? addWorkdays(cal, eventDate, life.incidentReport.value) : null;
}
