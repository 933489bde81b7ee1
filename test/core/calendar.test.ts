import { describe, expect, it } from 'vitest';
import { addWorkdays, countWorkdays, isWorkday, workCalendar } from '../../core/calendar/calendar';
import { addYears, fullYearsBetween, readDate } from '../../core/calendar/dates';
import { annualReportDue, incidentReportDue, noticeEnd, noticeLength } from '../../core/calendar/notice';
import { suppliedYears, suppliedYearsFromJson } from '../../core/calendar/supplied';
import { formatProblem } from '../../core/i18n/catalog';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { ZHONGMU } from '../../core/profiles/zhongmu';

const cal = workCalendar();
const ok = <T>(r: { ok: true; value: T } | { ok: false }) => {
  if (!r.ok) throw new Error('expected a value');
  return r.value;
};

// The State Council calendar as read from the package data (chinese-days.json):
// 2025: 2025-09-28 (Sun) and 2025-10-11 (Sat) are working days; 2025-10-01..08 are holidays.
// 2026: 2026-05-01..05 are holidays; 2026-05-09 (Sat) is a working day. Nothing special in December 2026.
describe('working days (State Council calendar via chinese-days)', () => {
  it('5 working days after 2025-09-28 is 2025-10-11 (MACHINE-NOTES, checked by hand)', () => {
    // 09-29 Mon (1), 09-30 Tue (2), 10-01..08 holiday, 10-09 Thu (3), 10-10 Fri (4), 10-11 Sat adjusted (5)
    expect(ok(addWorkdays(cal, '2025-09-28', 5))).toBe('2025-10-11');
  });

  it('5 working days after 2026-04-30 is 2026-05-11 (MACHINE-NOTES, checked by hand)', () => {
    // 05-01..05 holiday, 05-06 Wed (1), 05-07 (2), 05-08 (3), 05-09 Sat adjusted (4), 05-10 Sun rest, 05-11 Mon (5)
    expect(ok(addWorkdays(cal, '2026-04-30', 5))).toBe('2026-05-11');
  });

  it('an adjusted Sunday is a working day, a holiday Wednesday and an ordinary Saturday are not', () => {
    expect(ok(isWorkday(cal, '2025-09-28'))).toBe(true); // Sunday, 调休上班
    expect(ok(isWorkday(cal, '2025-10-01'))).toBe(false); // Wednesday, 国庆
    expect(ok(isWorkday(cal, '2025-09-27'))).toBe(false); // Saturday
    expect(ok(isWorkday(cal, '2025-09-26'))).toBe(true); // Friday
  });

  it('counts working days between two dates, both included', () => {
    // 2025-09-26 Fri (1), 09-27 Sat no, 09-28 Sun adjusted (2), 09-29 (3), 09-30 (4), 10-01..08 no, 10-09 (5), 10-10 (6)
    expect(ok(countWorkdays(cal, '2025-09-26', '2025-10-10'))).toBe(6);
  });

  it('refuses a year the package has no data for (2027), with a message naming the year and the way out', () => {
    const r = addWorkdays(cal, '2026-12-30', 5);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.code).toBe('CAL_YEAR_NOT_COVERED');
    expect(r.problem.params?.year).toBe(2027);
    expect(formatProblem(r.problem, 'zh')).toContain('没有 2027 年的节假日安排');
    expect(formatProblem(r.problem, 'en')).toContain('--holidays');
    expect(isWorkday(cal, '2027-03-01').ok).toBe(false);
  });

  it('a year the secretariat supplies is used, and takes precedence over the package', () => {
    const s2027 = suppliedYears([{ date: '2027-01-01', kind: 'holiday', where: { row: 2 } }]);
    expect(s2027.problems).toEqual([]);
    const withIt = workCalendar(s2027.years);
    // 2026-12-31 Thu (1), 2027-01-01 Fri supplied holiday, 01-02/03 weekend, 01-04 (2), 01-05 (3), 01-06 (4), 01-07 (5)
    expect(ok(addWorkdays(withIt, '2026-12-30', 5))).toBe('2027-01-07');
    // A supplied 2026 with no holidays at all replaces the package's 2026: 05-01 Fri (1), 05-04 (2) ... 05-07 (5)
    const bare2026 = workCalendar(new Map([[2026, { holidays: new Set<string>(), workdays: new Set<string>(), source: 'supplied' as const }]]));
    expect(ok(addWorkdays(bare2026, '2026-04-30', 5))).toBe('2026-05-07');
  });

  it('supplied holidays: bad dates, unknown kinds and a "working" weekday are reported with their row', () => {
    const r = suppliedYears([
      { date: '2027-02-30', kind: 'holiday', where: { file: 'h.csv', row: 2 } },
      { date: '2027-02-06', kind: '午休', where: { file: 'h.csv', row: 3 } },
      { date: '2027-02-03', kind: '班', where: { file: 'h.csv', row: 4 } }, // a Wednesday
      { date: '2027/2/7', kind: '班', where: { file: 'h.csv', row: 5 } }, // a Sunday: fine
    ]);
    expect(r.problems.map((p) => [p.code, p.where?.row])).toEqual([
      ['CAL_BAD_DATE', 2],
      ['CAL_BAD_KIND', 3],
      ['CAL_WORKDAY_NOT_WEEKEND', 4],
    ]);
    expect(r.years.get(2027)?.workdays.has('2027-02-07')).toBe(true);
  });

  it('supplied holidays as JSON, in the package shape or as a list', () => {
    const a = suppliedYearsFromJson('{"holidays":{"2027-10-01":"国庆"},"workdays":["2027-09-26"]}', 'h.json');
    expect(a.problems).toEqual([]);
    expect(a.years.get(2027)?.holidays.has('2027-10-01')).toBe(true);
    expect(a.years.get(2027)?.workdays.has('2027-09-26')).toBe(true);
    const b = suppliedYearsFromJson('[{"date":"2027-10-01","kind":"休"}]', 'h.json');
    expect(b.years.get(2027)?.holidays.has('2027-10-01')).toBe(true);
    expect(suppliedYearsFromJson('{oops', 'h.json').problems[0]?.code).toBe('CAL_BAD_JSON');
  });
});

describe('notice periods and deadlines', () => {
  it('Y16.8: the Yunyang notice runs 7 calendar days, holidays included', () => {
    // 2025-09-29 is day 1, so day 7 is 2025-10-05, inside the National Day holiday
    expect(ok(noticeEnd(cal, '2025-09-29', YUNYANG_2022.notice!.candidates))).toBe('2025-10-05');
    expect(ok(noticeLength(cal, '2025-09-29', '2025-10-05', YUNYANG_2022.notice!.candidates))).toEqual({ counted: 7, enough: true });
    expect(ok(noticeLength(cal, '2025-09-29', '2025-10-04', YUNYANG_2022.notice!.candidates))).toEqual({ counted: 6, enough: false });
  });

  it('Z17.8: the Zhongmu notice of candidates runs at least 5 working days', () => {
    // 09-29 (1), 09-30 (2), 10-01..08 holiday, 10-09 (3), 10-10 (4), 10-11 Sat adjusted (5)
    expect(ok(noticeEnd(cal, '2025-09-29', ZHONGMU.notice!.candidates))).toBe('2025-10-11');
    // starting on a holiday, the first day does not count: 10-09 (1), 10-10 (2), 10-11 (3), 10-13 (4), 10-14 (5)
    expect(ok(noticeEnd(cal, '2025-10-01', ZHONGMU.notice!.candidates))).toBe('2025-10-14');
  });

  it('Z17.2: internal publicity before applying needs at least 5 working days', () => {
    const rule = ZHONGMU.notice!.internal!;
    expect(rule.clause).toBe('Z17.2');
    // 2026-04-27 Mon..04-30 Thu (4), 05-01..05 holiday, 05-06 Wed (5)
    expect(ok(noticeLength(cal, '2026-04-27', '2026-05-06', rule))).toEqual({ counted: 5, enough: true });
    expect(ok(noticeLength(cal, '2026-04-27', '2026-05-05', rule))).toEqual({ counted: 4, enough: false });
    expect(YUNYANG_2022.notice!.internal).toBeNull();
  });

  it('Y18: the annual self-evaluation report is due by 30 June', () => {
    expect(annualReportDue(YUNYANG_2022.awardLife!, 2026)).toBe('2026-06-30');
    expect(annualReportDue(ZHONGMU.awardLife!, 2025)).toBe('2025-06-30');
  });

  it('Y19: an accident or a failed spot check is reported within 15 working days', () => {
    // event Fri 2025-09-26; 09-28 Sun adjusted (1), 09-29 (2), 09-30 (3), 10-09 (4), 10-10 (5), 10-11 Sat (6),
    // 10-13..17 (7..11), 10-20..23 (12..15)
    const due = incidentReportDue(cal, YUNYANG_2022.awardLife!, '2025-09-26');
    expect(due && ok(due)).toBe('2025-10-23');
    expect(incidentReportDue(cal, ZHONGMU.awardLife!, '2025-09-26')).toBeNull();
  });
});

describe('dates as YYYY-MM-DD strings', () => {
  it('reads dates as people type them and rejects impossible ones', () => {
    expect(readDate('2025/6/3')).toBe('2025-06-03');
    expect(readDate('2025年6月30日')).toBe('2025-06-30');
    expect(readDate('２０２５-０６-３０')).toBe('2025-06-30');
    expect(readDate('2025-02-29')).toBeUndefined();
    expect(readDate('30/06/2025')).toBeUndefined();
  });

  it('counts whole years, 29 February falling back to 28 February', () => {
    expect(fullYearsBetween('2022-06-30', '2025-06-30')).toBe(3);
    expect(fullYearsBetween('2022-06-30', '2025-06-29')).toBe(2);
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
  });
});
