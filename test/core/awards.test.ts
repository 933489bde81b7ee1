import { describe, expect, it } from 'vitest';
import { checkAwards } from '../../core/awards/check';
import { obligationsOn, statusOn, validUntil } from '../../core/awards/obligations';
import type { AwardRecord, ObligationEvent } from '../../core/awards/records';
import { workCalendar } from '../../core/calendar/calendar';
import { Decimal } from '../../core/decimal';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { ZHONGMU } from '../../core/profiles/zhongmu';

const cal = workCalendar();
const ZM = ZHONGMU.awardLife!;
const YY = YUNYANG_2022.awardLife!;
const ID = '91410122MA44L7K2XY';

function award(over: Partial<AwardRecord> = {}): AwardRecord {
  return { applicantId: ID, name: '郑州中牟汽车零部件有限公司', awarded: '2023-12-20', prize: new Decimal(300000), repeat: false, validUntil: null, revokedOn: null, revokeReason: '', ...over };
}
const report = (year: number, done: string | null): ObligationEvent => ({ kind: 'annual_report', applicantId: ID, year, done });
const brief = (rows: ReturnType<typeof obligationsOn>['rows']) => rows.map((r) => `${r.obligation} ${r.due} ${r.done ?? '-'} ${r.status}`);

describe('obligation status on a date', () => {
  it('on time when done by the due date (the due date itself included), late after, missing when past due and not done', () => {
    expect(statusOn('2025-06-30', '2025-06-30', '2025-12-31')).toBe('on_time');
    expect(statusOn('2025-06-30', '2025-07-01', '2025-12-31')).toBe('late');
    expect(statusOn('2025-06-30', null, '2025-07-01')).toBe('missing');
    expect(statusOn('2025-06-30', null, '2025-06-30')).toBeNull(); // not yet due
    // done on 2025-07-10 is not known on 2025-07-05
    expect(statusOn('2025-06-30', '2025-07-10', '2025-07-05')).toBe('missing');
  });
});

describe('annual self-evaluation reports', () => {
  it('Z28, Z29: an award of 2023-12-20 is valid to 2026-12-19 and owes reports by 30 June 2024, 2025 and 2026', () => {
    expect(validUntil(ZM, award())).toBe('2026-12-19');
    const r = obligationsOn(ZM, cal, [award()], [report(2024, '2024-06-28'), report(2025, '2025-07-15')], '2026-07-01');
    expect(brief(r.rows)).toEqual([
      'annual_report 2024-06-30 2024-06-28 on_time',
      'annual_report 2025-06-30 2025-07-15 late',
      'annual_report 2026-06-30 - missing',
    ]);
    expect(r.rows[0]).toMatchObject({ year: 2024, awardYear: 2023, applicantId: ID, revoked: false, clause: 'Z29' });
    // on 30 June 2026 the third report is not yet late
    expect(brief(obligationsOn(ZM, cal, [award()], [], '2026-06-30').rows)).toEqual(['annual_report 2024-06-30 - missing', 'annual_report 2025-06-30 - missing']);
  });

  it('Y18: an award of 2023-03-01 owes reports by the end of June 2023, 2024 and 2025 (valid to 2026-02-28)', () => {
    const r = obligationsOn(YY, cal, [award({ awarded: '2023-03-01', prize: new Decimal(0) })], [], '2027-01-01');
    expect(r.rows.map((x) => `${x.due} ${x.clause}`)).toEqual(['2023-06-30 Y18', '2024-06-30 Y18', '2025-06-30 Y18']);
  });

  it('Z25: after a revocation nothing more is owed', () => {
    const r = obligationsOn(ZM, cal, [award({ revokedOn: '2025-03-01', revokeReason: '弄虚作假' })], [report(2024, '2024-05-01')], '2026-07-01');
    expect(brief(r.rows)).toEqual(['annual_report 2024-06-30 2024-05-01 on_time']);
  });
});

describe('incident reports and fund inspections', () => {
  it('Y19: an accident is reported within 15 working days, counted on the State Council calendar', () => {
    // accident Fri 2025-09-26: the 15th working day after it is 2025-10-23 (test/core/calendar.test.ts counts it)
    const a = award({ awarded: '2024-01-15', prize: new Decimal(0) });
    const ev = (done: string | null, revoked = false): ObligationEvent => ({ kind: 'incident_report', applicantId: ID, date: '2025-09-26', done, revoked });
    expect(brief(obligationsOn(YY, cal, [a], [ev('2025-10-23')], '2025-12-31').rows).filter((x) => x.startsWith('incident'))).toEqual(['incident_report 2025-10-23 2025-10-23 on_time']);
    expect(brief(obligationsOn(YY, cal, [a], [ev('2025-10-24')], '2025-12-31').rows).filter((x) => x.startsWith('incident'))).toEqual(['incident_report 2025-10-23 2025-10-24 late']);
    const missing = obligationsOn(YY, cal, [a], [ev(null, true)], '2025-12-31').rows.find((x) => x.obligation === 'incident_report');
    expect(missing).toMatchObject({ status: 'missing', revoked: true, clause: 'Y19', year: 2025 });
  });

  it('Y19 is Yunyang\'s: under Zhongmu an incident record is noted and not counted', () => {
    const r = obligationsOn(ZM, cal, [award()], [{ kind: 'incident_report', applicantId: ID, date: '2025-09-26', done: null, revoked: false }], '2025-12-31');
    expect(r.rows.some((x) => x.obligation === 'incident_report')).toBe(false);
    expect(r.notices.map((n) => n.code)).toEqual(['AWARD_NOT_AN_OBLIGATION']);
  });

  it('Y19: a deadline in a year without calendar data is a problem, not a guess', () => {
    const a = award({ awarded: '2026-01-15', prize: new Decimal(0) });
    const r = obligationsOn(YY, cal, [a], [{ kind: 'incident_report', applicantId: ID, date: '2026-12-20', done: null, revoked: false, where: { file: 'a.csv', row: 4 } }], '2027-03-01');
    expect(r.problems).toEqual([expect.objectContaining({ code: 'CAL_YEAR_NOT_COVERED', where: { file: 'a.csv', row: 4 } })]);
  });

  it('Z24: the use of the prize money is inspected: passed, failed, or missing when not held by its date', () => {
    const ev = (date: string, done: string | null, result: 'passed' | 'failed' | null): ObligationEvent => ({ kind: 'fund_inspection', applicantId: ID, date, done, result, revoked: false });
    const r = obligationsOn(ZM, cal, [award()], [ev('2024-12-31', '2024-12-10', 'passed'), ev('2025-12-31', '2025-11-20', 'failed'), ev('2026-03-31', null, null)], '2026-04-01');
    expect(brief(r.rows).filter((x) => x.startsWith('fund'))).toEqual([
      'fund_inspection 2024-12-31 2024-12-10 passed',
      'fund_inspection 2025-12-31 2025-11-20 failed',
      'fund_inspection 2026-03-31 - missing',
    ]);
    expect(r.rows.find((x) => x.obligation === 'fund_inspection')!.clause).toBe('Z24');
    // Yunyang names no prize money and no inspection
    expect(obligationsOn(YY, cal, [award()], [ev('2024-12-31', '2024-12-10', 'passed')], '2026-04-01').notices.map((n) => n.code)).toEqual(['AWARD_NOT_AN_OBLIGATION']);
  });
});

describe('the award history', () => {
  const codes = (p: ReturnType<typeof checkAwards>) => p.map((x) => `${x.code} ${x.params?.clause ?? ''}`.trim());

  it('Z28: a repeat award after expiry carries no money and is fine', () => {
    // first award 2020-12-20, valid to 2023-12-19; repeat on 2023-12-20
    const first = award({ awarded: '2020-12-20' });
    expect(checkAwards(ZHONGMU, [first, award({ repeat: true, prize: new Decimal(0) })])).toEqual([]);
  });

  it('Z28: a repeat award with money, or before expiry, or not marked as repeat, is reported', () => {
    const first = award({ awarded: '2020-12-20' });
    expect(codes(checkAwards(ZHONGMU, [first, award({ repeat: true, prize: new Decimal(300000) })]))).toEqual(['AWARD_REPEAT_PRIZE Z28']);
    expect(codes(checkAwards(ZHONGMU, [first, award({ awarded: '2023-12-01', repeat: true, prize: new Decimal(0) })]))).toEqual(['AWARD_WHILE_VALID Z28']);
    expect(codes(checkAwards(ZHONGMU, [first, award({ awarded: '2024-12-20' })]))).toEqual(['AWARD_NOT_MARKED_REPEAT Z28']);
  });

  it('Z4: at most 5 awards a year in the quota; a repeat award does not take a place', () => {
    const five = ['A', 'B', 'C', 'D', 'E'].map((x) => award({ applicantId: x, awarded: '2024-12-20' }));
    const sixth = award({ applicantId: 'F', awarded: '2024-12-20' });
    expect(codes(checkAwards(ZHONGMU, [...five, sixth]))).toEqual(['AWARD_OVER_QUOTA Z4']);
    const repeat = [award({ applicantId: 'F', awarded: '2020-12-01' }), award({ applicantId: 'F', awarded: '2024-12-20', repeat: true, prize: new Decimal(0) })];
    expect(checkAwards(ZHONGMU, [...five, ...repeat])).toEqual([]);
  });

  it('Z4: each award carries 300,000 yuan', () => {
    expect(codes(checkAwards(ZHONGMU, [award({ prize: new Decimal(200000) })]))).toEqual(['AWARD_PRIZE Z4']);
  });

  it('Z25: a revoked winner may not win again within 3 years, and a revocation needs its reason', () => {
    const revoked = award({ awarded: '2021-12-20', revokedOn: '2023-03-01', revokeReason: '' });
    const again = award({ awarded: '2025-12-20', repeat: true, prize: new Decimal(0) });
    // banned until 2026-03-01 (2023-03-01 + 3 years)
    const p = checkAwards(ZHONGMU, [revoked, again]);
    expect(codes(p)).toEqual(['AWARD_REVOKE_NO_REASON Z25', 'AWARD_DURING_BAN Z25']);
    expect(p[1]!.params).toMatchObject({ until: '2026-03-01' });
  });

  it('Y21: the same 3-year ban under Yunyang', () => {
    const revoked = award({ awarded: '2021-12-20', revokedOn: '2023-03-01', revokeReason: '抽查严重质量问题', prize: new Decimal(0) });
    expect(codes(checkAwards(YUNYANG_2022, [revoked, award({ awarded: '2026-02-28', prize: new Decimal(0) })]))).toEqual(['AWARD_DURING_BAN Y21']);
    expect(checkAwards(YUNYANG_2022, [revoked, award({ awarded: '2026-03-01', prize: new Decimal(0) })])).toEqual([]);
  });

  it('Y20: a record saying the award was revoked for it needs the revocation on the award', () => {
    const ev: ObligationEvent = { kind: 'incident_report', applicantId: ID, date: '2025-01-10', done: '2025-01-20', revoked: true };
    expect(codes(checkAwards(YUNYANG_2022, [award({ prize: new Decimal(0) })], [ev]))).toEqual(['AWARD_REVOKED_NOT_RECORDED']);
  });
});
