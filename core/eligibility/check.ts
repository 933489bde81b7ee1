import { addYears, fullYearsBetween } from '../calendar/dates';
import type { Severity } from '../i18n/problem';
import type { EligibilityRules, Profile } from '../profiles/profile';
import type { ApplicantField, ApplicantRecord } from './applicant';
import { checkCreditCode } from './credit-code';

/** The clause of GB 32100-2015 that defines the check character (it is a national standard, not a county rule). */
export const CREDIT_CODE_CLAUSE = 'GB 32100-2015';

/** One finding about an applicant: the clause that decides it, a message code with parameters, and the field. */
export interface Finding {
  clause: string;
  code: string;
  severity: Severity;
  params: Record<string, string | number>;
  field: ApplicantField;
}

export interface EligibilityResult {
  eligible: boolean;
  findings: Finding[];
}

/**
 * Checks an applicant against a profile's eligibility rules. Every period counts to the application deadline of
 * the year (a setting of the round, given by the secretariat). An error makes the applicant ineligible; a warning
 * asks the secretariat to look (e.g. a credit code registered outside the county).
 */
export function checkEligibility(profile: Profile, a: ApplicantRecord, deadline: string): EligibilityResult {
  const rules = profile.eligibility;
  if (!rules) throw new Error(`profile ${profile.id} has no eligibility rules`);
  const findings: Finding[] = [];
  const add = (clause: string, code: string, field: ApplicantField, params: Record<string, string | number> = {}, severity: Severity = 'error') =>
    findings.push({ clause, code, severity, params, field });

  creditCode(rules, a, add);
  operatingYears(rules, a, deadline, add);
  if (rules.excellenceYears) {
    const need = rules.excellenceYears;
    if (a.excellenceYears === null) add(need.clause, 'ELIG_EXCELLENCE_UNKNOWN', 'excellence_years', { required: need.value });
    else if (a.excellenceYears < need.value) add(need.clause, 'ELIG_EXCELLENCE_YEARS', 'excellence_years', { years: a.excellenceYears, required: need.value });
  }
  for (const e of a.exclusions) {
    const rule = rules.exclusions[e.kind];
    if (!rule) continue;
    // "近3年": within N years before the deadline, i.e. the date plus N years is still after the deadline.
    if (rule.lookBackYears === null) {
      if (e.date <= deadline) add(rule.clause, 'ELIG_EXCLUSION', 'exclusions', { kind: e.kind, date: e.date });
    } else if (addYears(e.date, rule.lookBackYears) > deadline) {
      add(rule.clause, 'ELIG_EXCLUSION_RECENT', 'exclusions', { kind: e.kind, date: e.date, years: rule.lookBackYears, until: addYears(e.date, rule.lookBackYears) });
    }
  }
  for (const d of a.awards) {
    const until = addYears(d, rules.sinceAward.value);
    if (d <= deadline && until > deadline) add(rules.sinceAward.clause, 'ELIG_WON_RECENTLY', 'awards', { date: d, years: rules.sinceAward.value, until });
  }
  for (const d of a.revocations) {
    const until = addYears(d, rules.sinceRevocation.value);
    if (d <= deadline && until > deadline) {
      add(rules.sinceRevocation.clause, 'ELIG_REVOKED_RECENTLY', 'revocations', { date: d, years: rules.sinceRevocation.value, until });
    }
  }
  const limits: [keyof EligibilityRules['textLimits'], number | null, ApplicantField][] = [
    ['profile', a.profileChars, 'profile_chars'],
    ['selfEvaluation', a.reportChars, 'report_chars'],
  ];
  for (const [what, chars, field] of limits) {
    const limit = rules.textLimits[what];
    if (limit && chars !== null && chars > limit.value) add(limit.clause, 'ELIG_TEXT_TOO_LONG', field, { what, chars, max: limit.value });
  }
  if (!a.recommendedBy.trim()) add(rules.recommendation.clause, 'ELIG_NO_RECOMMENDATION', 'recommended_by');
  return { eligible: !findings.some((f) => f.severity === 'error'), findings };
}

type Add = (clause: string, code: string, field: ApplicantField, params?: Record<string, string | number>, severity?: Severity) => void;

function creditCode(rules: EligibilityRules, a: ApplicantRecord, add: Add): void {
  const c = checkCreditCode(a.creditCode);
  if (!c.ok) {
    if (c.reason === 'length') add(CREDIT_CODE_CLAUSE, 'ELIG_CODE_LENGTH', 'credit_code', { text: a.creditCode, length: c.length });
    else if (c.reason === 'character') add(CREDIT_CODE_CLAUSE, 'ELIG_CODE_CHAR', 'credit_code', { text: a.creditCode, char: c.char, position: c.position });
    else add(CREDIT_CODE_CLAUSE, 'ELIG_CODE_CHECK', 'credit_code', { text: a.creditCode, expected: c.expected, found: c.found });
    return;
  }
  if (rules.region && !rules.region.codes.includes(c.region)) {
    add(rules.region.clause, 'ELIG_REGION', 'credit_code', { region: c.region, expected: rules.region.codes.join('/') }, 'warning');
  }
}

function operatingYears(rules: EligibilityRules, a: ApplicantRecord, deadline: string, add: Add): void {
  const r = rules.operatingYears;
  const required = a.littleGiant && r.littleGiantYears !== null ? r.littleGiantYears : r.years;
  if (!a.founded) {
    add(r.clause, 'ELIG_FOUNDED_MISSING', 'founded', { required });
    return;
  }
  // "3年以上" includes 3: founded 2022-06-30 has 3 years on 2025-06-30.
  const years = a.founded > deadline ? 0 : fullYearsBetween(a.founded, deadline);
  if (years < required) {
    add(r.clause, 'ELIG_OPERATING_YEARS', 'founded', { founded: a.founded, years, required, from: addYears(a.founded, required), littleGiant: a.littleGiant ? 1 : 0 });
  }
}
