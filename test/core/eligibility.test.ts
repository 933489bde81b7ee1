import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicantRecord } from '../../core/eligibility/applicant';
import { applicant, YUNYANG_CODE, ZHONGMU_CODE } from '../helpers/applicant';
import { checkEligibility } from '../../core/eligibility/check';
import { checkCreditCode, CREDIT_CODE_ALPHABET } from '../../core/eligibility/credit-code';
import { formatProblem, hasMessage } from '../../core/i18n/catalog';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { ZHONGMU } from '../../core/profiles/zhongmu';

const DEADLINE = '2025-06-30';
const zm = (over: Partial<ApplicantRecord> = {}) => applicant({ creditCode: ZHONGMU_CODE, ...over });
const codes = (r: ReturnType<typeof checkEligibility>) => r.findings.map((f) => `${f.clause} ${f.code}`);

describe('GB 32100-2015 unified social credit code', () => {
  it('accepts codes whose check character was worked out by hand', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true, code: '91350100M000100Y43', region: '350100' });
    expect(checkCreditCode(YUNYANG_CODE)).toMatchObject({ ok: true, region: '500235' });
    expect(checkCreditCode(ZHONGMU_CODE)).toMatchObject({ ok: true, region: '410122' });
  });

  it('reads full-width, lower-case and spaced input as the code meant', () => {
    expect(checkCreditCode(' ９１３５０１００ｍ０００１００ｙ４３ ')).toMatchObject({ ok: true, code: '91350100M000100Y43' });
  });

  it('a wrong check character is an error that says which one it should be', () => {
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, reason: 'check', expected: '3', found: '4' });
    const r = checkEligibility(YUNYANG_2022, applicant({ creditCode: '91500235MA60123458' }), DEADLINE);
    expect(r.eligible).toBe(false);
    expect(r.findings[0]).toMatchObject({ clause: 'GB 32100-2015', code: 'ELIG_CODE_CHECK', params: { expected: '9', found: '8' } });
  });

  it('a wrong length or a letter outside the alphabet (I, O, S, V, Z) is an error', () => {
    expect(checkCreditCode('91350100M000100Y4')).toEqual({ ok: false, reason: 'length', length: 17 });
    expect(checkCreditCode('91350100M0001O0Y43')).toEqual({ ok: false, reason: 'character', char: 'O', position: 14 });
  });

  it('property: changing any one character of a valid code makes it invalid (31 is prime, no weight is 0 mod 31)', () => {
    const valid = ['91350100M000100Y43', YUNYANG_CODE, ZHONGMU_CODE];
    fc.assert(
      fc.property(fc.constantFrom(...valid), fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (code, pos, shift) => {
        const c = CREDIT_CODE_ALPHABET[(CREDIT_CODE_ALPHABET.indexOf(code[pos]!) + shift) % 31]!;
        const changed = code.slice(0, pos) + c + code.slice(pos + 1);
        return checkCreditCode(changed).ok === false;
      }),
    );
  });
});

describe('eligibility: operating years and the excellence model', () => {
  it('Y11.1: 3 years of operation at the deadline, exactly 3 passes ("3年以上")', () => {
    // 2022-06-30 -> 2025-06-30 is 3 whole years; 2022-07-01 -> 2025-06-30 is 2 years and 364 days
    expect(checkEligibility(YUNYANG_2022, applicant({ founded: '2022-06-30' }), DEADLINE)).toEqual({ eligible: true, findings: [] });
    const r = checkEligibility(YUNYANG_2022, applicant({ founded: '2022-07-01' }), DEADLINE);
    expect(r.eligible).toBe(false);
    expect(r.findings).toEqual([
      { clause: 'Y11.1', code: 'ELIG_OPERATING_YEARS', severity: 'error', field: 'founded', params: { founded: '2022-07-01', years: 2, required: 3, from: '2025-07-01', littleGiant: 0 } },
    ]);
  });

  it('Z13.1: a 小巨人 enterprise needs 2 operating years, others 3', () => {
    // founded 2023-06-30: 2 whole years at 2025-06-30
    expect(checkEligibility(ZHONGMU, zm({ founded: '2023-06-30', littleGiant: true }), DEADLINE).eligible).toBe(true);
    expect(codes(checkEligibility(ZHONGMU, zm({ founded: '2023-06-30' }), DEADLINE))).toEqual(['Z13.1 ELIG_OPERATING_YEARS']);
    expect(codes(checkEligibility(ZHONGMU, zm({ founded: '2023-07-01', littleGiant: true }), DEADLINE))).toEqual(['Z13.1 ELIG_OPERATING_YEARS']);
  });

  it('Y11.1: Yunyang has no relaxation for 小巨人', () => {
    expect(codes(checkEligibility(YUNYANG_2022, applicant({ founded: '2023-06-30', littleGiant: true }), DEADLINE))).toEqual(['Y11.1 ELIG_OPERATING_YEARS']);
  });

  it('Z13.2: at least 1 year of applying the excellence model', () => {
    expect(checkEligibility(ZHONGMU, zm({ excellenceYears: 1 }), DEADLINE).eligible).toBe(true);
    expect(codes(checkEligibility(ZHONGMU, zm({ excellenceYears: 0.5 }), DEADLINE))).toEqual(['Z13.2 ELIG_EXCELLENCE_YEARS']);
    expect(codes(checkEligibility(ZHONGMU, zm({ excellenceYears: null }), DEADLINE))).toEqual(['Z13.2 ELIG_EXCELLENCE_UNKNOWN']);
    // Yunyang sets no number of years
    expect(checkEligibility(YUNYANG_2022, applicant({ excellenceYears: null }), DEADLINE).eligible).toBe(true);
  });
});

describe('eligibility: exclusions and their 3-year look-back', () => {
  it('Z14.3: an accident counts within 3 years before the deadline, not on the day 3 years before', () => {
    // 2022-07-01 + 3 years = 2025-07-01, after the deadline 2025-06-30: within the look-back
    const r = checkEligibility(ZHONGMU, zm({ exclusions: [{ kind: 'accident', date: '2022-07-01' }] }), DEADLINE);
    expect(r.findings).toEqual([
      { clause: 'Z14.3', code: 'ELIG_EXCLUSION_RECENT', severity: 'error', field: 'exclusions', params: { kind: 'accident', date: '2022-07-01', years: 3, until: '2025-07-01' } },
    ]);
    // 2022-06-30 + 3 years = 2025-06-30, not after the deadline: outside
    expect(checkEligibility(ZHONGMU, zm({ exclusions: [{ kind: 'accident', date: '2022-06-30' }] }), DEADLINE).eligible).toBe(true);
  });

  it('Z14.1-Z14.9: each kind has its own clause', () => {
    const kinds = ['policy', 'licence', 'accident', 'spot_check', 'loss', 'untrustworthy', 'fraud', 'wage_arrears', 'violation'] as const;
    const r = checkEligibility(ZHONGMU, zm({ exclusions: kinds.map((kind) => ({ kind, date: '2024-01-10' })) }), DEADLINE);
    expect(r.findings.map((f) => f.clause)).toEqual(['Z14.1', 'Z14.2', 'Z14.3', 'Z14.4', 'Z14.5', 'Z14.6', 'Z14.7', 'Z14.8', 'Z14.9']);
  });

  it('Z14.5: a business loss bars under Zhongmu; Yunyang has no such rule', () => {
    const loss = { exclusions: [{ kind: 'loss' as const, date: '2024-12-31' }] };
    expect(codes(checkEligibility(ZHONGMU, zm(loss), DEADLINE))).toEqual(['Z14.5 ELIG_EXCLUSION_RECENT']);
    expect(checkEligibility(YUNYANG_2022, applicant(loss), DEADLINE).eligible).toBe(true);
  });

  it('Y12.1: a missing licence bars whenever it happened; Z14.2 looks back 3 years', () => {
    const licence = { exclusions: [{ kind: 'licence' as const, date: '2015-01-01' }] };
    expect(codes(checkEligibility(YUNYANG_2022, applicant(licence), DEADLINE))).toEqual(['Y12.1 ELIG_EXCLUSION']);
    expect(checkEligibility(ZHONGMU, zm(licence), DEADLINE).eligible).toBe(true);
  });

  it('Y12.2: fraud in this award within the last 3 years', () => {
    expect(codes(checkEligibility(YUNYANG_2022, applicant({ exclusions: [{ kind: 'fraud', date: '2023-01-01' }] }), DEADLINE))).toEqual(['Y12.2 ELIG_EXCLUSION_RECENT']);
  });

  it('Y11.4: a major accident or failed spot check within 3 years', () => {
    const r = checkEligibility(YUNYANG_2022, applicant({ exclusions: [{ kind: 'spot_check', date: '2024-09-01' }, { kind: 'accident', date: '2021-09-01' }] }), DEADLINE);
    // 2021-09-01 + 3 = 2024-09-01, before the deadline: outside; the spot check is inside
    expect(codes(r)).toEqual(['Y11.4 ELIG_EXCLUSION_RECENT']);
  });
});

describe('eligibility: past awards and revocations', () => {
  it('Y12.3: won less than 3 years ago', () => {
    // won 2022-07-01: 3 years run to 2025-07-01, after the deadline
    const r = checkEligibility(YUNYANG_2022, applicant({ awards: ['2022-07-01'] }), DEADLINE);
    expect(r.findings).toEqual([{ clause: 'Y12.3', code: 'ELIG_WON_RECENTLY', severity: 'error', field: 'awards', params: { date: '2022-07-01', years: 3, until: '2025-07-01' } }]);
    expect(checkEligibility(YUNYANG_2022, applicant({ awards: ['2022-06-30'] }), DEADLINE).eligible).toBe(true);
  });

  it('Z28: under Zhongmu a winner applies again only after the 3-year validity', () => {
    expect(codes(checkEligibility(ZHONGMU, zm({ awards: ['2023-12-20'] }), DEADLINE))).toEqual(['Z28 ELIG_WON_RECENTLY']);
  });

  it('Y12.4: revoked less than 3 years ago (Y21: no application for 3 years)', () => {
    const r = checkEligibility(YUNYANG_2022, applicant({ revocations: ['2023-03-01'] }), DEADLINE);
    expect(r.findings[0]).toMatchObject({ clause: 'Y12.4', code: 'ELIG_REVOKED_RECENTLY', params: { until: '2026-03-01' } });
    expect(checkEligibility(YUNYANG_2022, applicant({ revocations: ['2022-03-01'] }), DEADLINE).eligible).toBe(true);
  });

  it('Z25: a revoked winner may not apply for 3 years', () => {
    expect(codes(checkEligibility(ZHONGMU, zm({ revocations: ['2024-05-10'] }), DEADLINE))).toEqual(['Z25 ELIG_REVOKED_RECENTLY']);
  });
});

describe('eligibility: materials, recommendation and scope', () => {
  it('Y13.2: the organisation profile has at most 3,000 characters', () => {
    expect(checkEligibility(YUNYANG_2022, applicant({ profileChars: 3000 }), DEADLINE).eligible).toBe(true);
    expect(checkEligibility(YUNYANG_2022, applicant({ profileChars: 3001 }), DEADLINE).findings[0]).toMatchObject({
      clause: 'Y13.2',
      code: 'ELIG_TEXT_TOO_LONG',
      params: { what: 'profile', chars: 3001, max: 3000 },
    });
  });

  it('Y13.3: the self-evaluation report has at most 60,000 characters; Zhongmu sets no limit', () => {
    expect(codes(checkEligibility(YUNYANG_2022, applicant({ reportChars: 60001 }), DEADLINE))).toEqual(['Y13.3 ELIG_TEXT_TOO_LONG']);
    expect(checkEligibility(ZHONGMU, zm({ reportChars: 90000, profileChars: 9000 }), DEADLINE).eligible).toBe(true);
  });

  it('Y13.1 and Z13.5: a recommendation is required', () => {
    expect(codes(checkEligibility(YUNYANG_2022, applicant({ recommendedBy: '' }), DEADLINE))).toEqual(['Y13.1 ELIG_NO_RECOMMENDATION']);
    expect(codes(checkEligibility(ZHONGMU, zm({ recommendedBy: ' ' }), DEADLINE))).toEqual(['Z13.5 ELIG_NO_RECOMMENDATION']);
  });

  it('Y2: a credit code registered outside the county is a warning, not a bar', () => {
    const r = checkEligibility(YUNYANG_2022, applicant({ creditCode: '91350100M000100Y43' }), DEADLINE);
    expect(r.eligible).toBe(true);
    expect(r.findings).toEqual([{ clause: 'Y2', code: 'ELIG_REGION', severity: 'warning', field: 'credit_code', params: { region: '350100', expected: '500235' } }]);
  });

  it('every finding has a message in Chinese and English', () => {
    const r = checkEligibility(
      YUNYANG_2022,
      applicant({ creditCode: 'X', founded: null, awards: ['2024-01-01'], revocations: ['2024-01-01'], exclusions: [{ kind: 'licence', date: '2024-01-01' }, { kind: 'fraud', date: '2024-01-01' }], profileChars: 5000, recommendedBy: '' }),
      DEADLINE,
    );
    for (const f of r.findings) {
      expect(hasMessage(f.code)).toBe(true);
      expect(formatProblem({ code: f.code, params: f.params }, 'zh')).not.toContain(f.code);
      expect(formatProblem({ code: f.code, params: f.params }, 'en')).not.toContain(f.code);
    }
    // code, founded, award, revocation, licence, fraud, profile length, recommendation
    expect(r.findings.length).toBe(8);
  });
});
