import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../core/eligibility/check';
import { loadProfile } from '../../core/profiles/load';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { ZHONGMU } from '../../core/profiles/zhongmu';

describe('profile sections for eligibility, notice, award life and panel', () => {
  it('the shipped profiles carry the numbers of RULES.md, as data rather than county checks', () => {
    expect(YUNYANG_2022.eligibility!.operatingYears).toEqual({ years: 3, littleGiantYears: null, clause: 'Y11.1' });
    expect(ZHONGMU.eligibility!.operatingYears).toEqual({ years: 3, littleGiantYears: 2, clause: 'Z13.1' });
    expect(YUNYANG_2022.eligibility!.textLimits).toEqual({ profile: { value: 3000, clause: 'Y13.2' }, selfEvaluation: { value: 60000, clause: 'Y13.3' } });
    expect(YUNYANG_2022.notice!.candidates).toEqual({ days: 7, unit: 'calendar', clause: 'Y16.8' });
    expect(ZHONGMU.notice).toEqual({ candidates: { days: 5, unit: 'working', clause: 'Z17.8' }, internal: { days: 5, unit: 'working', clause: 'Z17.2' } });
    expect(ZHONGMU.awardLife!.validity).toEqual({ value: 3, clause: 'Z28' });
    expect(ZHONGMU.awardLife!.ban).toEqual({ value: 3, clause: 'Z25' });
    expect(YUNYANG_2022.awardLife!.ban).toEqual({ value: 3, clause: 'Y21' });
    expect(YUNYANG_2022.awardLife!.incidentReport).toEqual({ value: 15, clause: 'Y19' });
  });

  it('a county JSON profile based on a shipped one keeps these sections and may change a number', () => {
    const r = loadProfile({
      basedOn: 'zhongmu',
      id: 'zhongmu-2026',
      eligibility: { ...structuredClone(ZHONGMU.eligibility!), operatingYears: { years: 5, littleGiantYears: 3, clause: '2026 通知' } },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.notice).toEqual(ZHONGMU.notice);
    // founded 2021-06-30: 4 whole years at 2025-06-30, fewer than the county's 5
    const a = { creditCode: '91410122MA44L7K2XY', name: '甲', industry: '食品', town: '', founded: '2021-06-30', littleGiant: false, excellenceYears: 2, awards: [], revocations: [], exclusions: [], recommendedBy: '城关镇', profileChars: null, reportChars: null };
    expect(checkEligibility(r.profile, a, '2025-06-30').findings.map((f) => f.clause)).toEqual(['2026 通知']);
  });

  it('a wrong value in these sections is refused and names the field', () => {
    const r = loadProfile({ basedOn: 'yunyang-2022', id: 'x', notice: { candidates: { days: 7, unit: 'weeks', clause: 'Y16.8' }, internal: null } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ code: 'PROFILE_INVALID_FIELD', where: { field: 'notice.candidates.unit' } });
    const bad = loadProfile({ basedOn: 'zhongmu', id: 'y', eligibility: { ...structuredClone(ZHONGMU.eligibility!), exclusions: { earthquake: { clause: 'Z14.0', lookBackYears: 3 } } } });
    expect(bad.ok).toBe(false);
  });
});
