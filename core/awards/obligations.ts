import { addDays, addYears, yearOf } from '../calendar/dates';
import { addWorkdays, type WorkCalendar } from '../calendar/calendar';
import { annualReportDue } from '../calendar/notice';
import type { ComplianceRow } from '../exchange/contracts';
import type { ComplianceStatus, Obligation } from '../exchange/vocab';
import { problem, type Problem } from '../i18n/problem';
import type { AwardLife } from '../profiles/profile';
import type { AwardRecord, ObligationEvent } from './records';

/**
 * The obligations when no profile is named: every obligation either shipped profile knows (Y18/Z29 annual reports,
 * Y19 incident reports, Z24 fund inspections), so each record in the file is counted by what it is.
 */
export const RECORDS_DECIDE: AwardLife = {
  validity: { value: 3, clause: 'Z28' },
  ban: { value: 3, clause: 'Y21, Z25' },
  prize: null,
  repeatWithoutPrize: false,
  annualReport: { month: 6, day: 30, clause: 'Y18, Z29' },
  incidentReport: { value: 15, clause: 'Y19' },
  fundInspection: { clause: 'Z24' },
};

/** Last day an award is valid: the stated one, else the day before the same date `validity` years on. */
export function validUntil(life: AwardLife, a: AwardRecord): string {
  return a.validUntil ?? addDays(addYears(a.awarded, life.validity.value), -1);
}

/** Last day the winner owes anything: the end of validity, or the revocation if earlier. */
function obligedUntil(life: AwardLife, a: AwardRecord): string {
  const v = validUntil(life, a);
  return a.revokedOn && a.revokedOn < v ? a.revokedOn : v;
}

/**
 * Status of an obligation on a given date: done by the due date is on_time, done after it late, not done and
 * past due missing; not done and not yet due is not listed (it is nobody's failing yet). A date done that is after
 * `on` is not known on `on` and counts as not done.
 */
export function statusOn(due: string, done: string | null, on: string): ComplianceStatus | null {
  const d = done !== null && done <= on ? done : null;
  if (d !== null) return d <= due ? 'on_time' : 'late';
  return on > due ? 'missing' : null;
}

export interface ObligationRow extends ComplianceRow {
  clause: string;
}

/**
 * Every obligation of every winner as of `on`, in the compliance.csv shape of EXCHANGE.md: annual reports for each
 * 30 June within validity (Y18, Z29), incident reports within 15 working days (Y19), fund inspections (Z24).
 */
export function obligationsOn(
  life: AwardLife,
  cal: WorkCalendar,
  awards: readonly AwardRecord[],
  events: readonly ObligationEvent[],
  on: string,
): { rows: ObligationRow[]; problems: Problem[]; notices: Problem[] } {
  const rows: ObligationRow[] = [];
  const problems: Problem[] = [];
  const notices: Problem[] = [];
  const push = (a: AwardRecord, obligation: Obligation, due: string, done: string | null, status: ComplianceStatus, revoked: boolean, clause: string) =>
    rows.push({ year: yearOf(due), applicantId: a.applicantId, name: a.name, awardYear: yearOf(a.awarded), obligation, due, done: done !== null && done <= on ? done : null, status, revoked, clause });

  const sorted = [...awards].sort((x, y) => (x.awarded < y.awarded ? -1 : x.awarded > y.awarded ? 1 : x.applicantId < y.applicantId ? -1 : 1));
  /** The award an event falls under: the applicant's award in force on that date. */
  const awardAt = (applicantId: string, date: string) => sorted.find((a) => a.applicantId === applicantId && a.awarded <= date && date <= obligedUntil(life, a));
  const used = new Set<ObligationEvent>();

  for (const a of sorted) {
    if (a.awarded > on) continue;
    const until = obligedUntil(life, a);
    for (let y = yearOf(a.awarded); ; y++) {
      const due = annualReportDue(life, y);
      if (due > until) break;
      if (due <= a.awarded) continue;
      const report = events.find((e) => e.kind === 'annual_report' && e.applicantId === a.applicantId && e.year === y);
      if (report) used.add(report);
      const status = statusOn(due, report && report.kind === 'annual_report' ? report.done : null, on);
      if (status) push(a, 'annual_report', due, report && report.kind === 'annual_report' ? report.done : null, status, false, life.annualReport.clause);
    }
  }

  for (const e of events) {
    if (e.kind === 'annual_report') {
      if (!used.has(e)) notices.push(problem('AWARD_REPORT_UNMATCHED', { applicant: e.applicantId, year: e.year }, e.where));
      continue;
    }
    if (e.date > on) continue;
    const a = awardAt(e.applicantId, e.date);
    if (!a) {
      notices.push(problem('AWARD_EVENT_NO_AWARD', { applicant: e.applicantId, date: e.date }, e.where));
      continue;
    }
    if (e.kind === 'incident_report') {
      if (!life.incidentReport) {
        notices.push(problem('AWARD_NOT_AN_OBLIGATION', { obligation: e.kind }, e.where));
        continue;
      }
      const due = addWorkdays(cal, e.date, life.incidentReport.value);
      if (!due.ok) {
        problems.push({ ...due.problem, where: e.where });
        continue;
      }
      const status = statusOn(due.value, e.done, on);
      if (status) push(a, 'incident_report', due.value, e.done, status, e.revoked, life.incidentReport.clause);
    } else {
      if (!life.fundInspection) {
        notices.push(problem('AWARD_NOT_AN_OBLIGATION', { obligation: e.kind }, e.where));
        continue;
      }
      // An inspection held gives its result; one not held by its date is missing.
      const held = e.done !== null && e.done <= on;
      const status: ComplianceStatus | null = held ? (e.result === 'failed' ? 'failed' : 'passed') : on > e.date ? 'missing' : null;
      if (status) push(a, 'fund_inspection', e.date, e.done, status, e.revoked, life.fundInspection.clause);
    }
  }
  rows.sort((x, y) => (x.due! < y.due! ? -1 : x.due! > y.due! ? 1 : x.applicantId < y.applicantId ? -1 : x.applicantId > y.applicantId ? 1 : 0));
  return { rows, problems, notices };
}
