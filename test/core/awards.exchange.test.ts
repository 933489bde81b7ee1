import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { obligationsOn } from '../../core/awards/obligations';
import type { AwardRecord, ObligationEvent } from '../../core/awards/records';
import { workCalendar } from '../../core/calendar/calendar';
import { COMPLIANCE, readExchange, writeExchange } from '../../core/exchange/contracts';
import { Decimal } from '../../core/decimal';
import { ZHONGMU } from '../../core/profiles/zhongmu';

describe('obligations as compliance.csv (EXCHANGE.md)', () => {
  it('Z29, Z24: what obligations writes, the dashboard\'s reader reads back unchanged', () => {
    const a: AwardRecord = { applicantId: '91410122MA44L7K2XY', name: '郑州中牟“精工”有限公司', awarded: '2023-12-20', prize: new Decimal(300000), repeat: false, validUntil: null, revokedOn: null, revokeReason: '' };
    const events: ObligationEvent[] = [
      { kind: 'annual_report', applicantId: a.applicantId, year: 2024, done: '2024-07-02' },
      { kind: 'fund_inspection', applicantId: a.applicantId, date: '2024-12-31', done: '2024-12-01', result: 'failed', revoked: true },
    ];
    const { rows } = obligationsOn(ZHONGMU.awardLife!, workCalendar(), [{ ...a, revokedOn: null }], events, '2025-07-01');
    const text = writeExchange(COMPLIANCE, rows);
    const grid = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const back = readExchange(COMPLIANCE, grid, 'compliance.csv');
    expect(back.problems).toEqual([]);
    expect(back.rows.map(({ file: _f, row: _r, ...x }) => x)).toEqual(rows.map(({ clause: _c, ...x }) => x));
    // 2024 report late (07-02 after 06-30); inspection failed and the award revoked for it; 2025 report missing
    expect(back.rows.map((r) => `${r.obligation} ${r.status} ${r.revoked}`)).toEqual(['annual_report late false', 'fund_inspection failed true', 'annual_report missing false']);
  });
});
