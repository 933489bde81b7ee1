import { getProfile } from '../../core/profiles/load';
import type { Profile } from '../../core/profiles/profile';
import type { Assignment, WorkbookInput } from '../../core/workbook/input';

export function yunyang(): Profile {
  const p = getProfile('yunyang-2022');
  if (!p) throw new Error('profile yunyang-2022 missing');
  return p;
}

/**
 * A year with n applicants and r reviewers. Applicant ids are 18-digit all-numeric credit codes on purpose: Excel
 * would turn them into 9.1E+17 if they were written as plain text. With `groups`, reviewers are split into groups of
 * three and each applicant goes to one group (a panel); without, every reviewer scores everyone (the largest sheets).
 */
export function yearInput(n: number, r = 9, opts: { groups?: boolean; names?: (i: number) => string } = {}): WorkbookInput {
  const applicants = Array.from({ length: n }, (_, i) => ({
    id: `91350100${String(i + 1).padStart(10, '0')}`,
    name: opts.names ? opts.names(i) : `云阳测试企业${i + 1}有限公司`,
    industry: i % 2 ? '制造业' : '服务业',
    town: i % 3 ? '青龙街道' : '双江街道',
  }));
  const reviewers = Array.from({ length: r }, (_, i) => ({ id: `R${String(i + 1).padStart(2, '0')}`, name: `评审员${i + 1}` }));
  let assignments: Assignment[] | null = null;
  if (opts.groups) {
    assignments = [];
    const groups = Math.max(1, Math.floor(r / 3));
    applicants.forEach((a, i) => {
      const g = i % groups;
      for (const stage of ['material', 'site'] as const) {
        for (let k = 0; k < 3; k++) assignments!.push({ stage, applicantId: a.id, reviewerId: reviewers[g * 3 + k]!.id });
      }
    });
  }
  return { profile: yunyang(), year: 2025, lang: 'zh', applicants, reviewers, assignments };
}
