import { describe, expect, it } from 'vitest';
import { applicant, YUNYANG_CODE as CODE } from '../helpers/applicant';
import { checkEligibility } from '../../core/eligibility/check';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { eligibilitySheet } from '../../core/workbook/eligibility-sheet';
import type { SheetPlan } from '../../core/workbook/plan';

const DEADLINE = '2025-06-30';
const row = (s: SheetPlan, r: number) => ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => s.cells[`${c}${r}`]?.value ?? '');

describe('the eligibility sheet beside the roster', () => {
  const ok = applicant({});
  // founded 2023-01-01: 2 full years at the deadline 2025-06-30, Yunyang asks for 3 (Y11.1); no recommending unit (Y13)
  const late = applicant({ name: '云阳新创科技有限公司', founded: '2023-01-01', recommendedBy: '' });
  const lines = [ok, late].map((a) => ({ applicant: { id: a.creditCode, name: a.name }, result: checkEligibility(YUNYANG_2022, a, DEADLINE) }));
  const s = eligibilitySheet(YUNYANG_2022, 2025, DEADLINE, 'zh', lines);

  it('Y11.1: one row per finding with its clause, one row for an applicant without findings', () => {
    expect(s.name).toBe('资格审查');
    expect(row(s, 3)).toEqual(['统一社会信用代码', '单位名称', '结论', '依据条款', '级别', '说明']);
    expect(row(s, 4)).toEqual([CODE, '重庆云峰机械有限公司', '符合条件', '', '', '']);
    const rest = [5, 6, 7].map((r) => row(s, r)).filter((r) => r[0] !== '');
    expect(rest.every((r) => r[1] === '云阳新创科技有限公司' && r[2] === '不符合条件')).toBe(true);
    const y111 = rest.find((r) => r[3] === 'Y11.1')!;
    expect(y111[4]).toBe('不符合');
    expect(String(y111[5])).toContain('2023-01-01');
    expect(rest.some((r) => String(r[3]).startsWith('Y13'))).toBe(true);
    expect(String(s.cells.A2!.value)).toContain('共 2 家，不符合条件 1 家');
  });

  it('is a record, not a form: no entry cells, printed on A4 landscape with the header on every page', () => {
    expect(s.inputs).toEqual([]);
    expect(Object.values(s.cells).every((c) => c.locked !== false)).toBe(true);
    expect(s.print).toMatchObject({ paper: 'A4', orientation: 'landscape', titleRows: '3:3' });
  });

  it('speaks English when the workbook does', () => {
    const en = eligibilitySheet(YUNYANG_2022, 2025, DEADLINE, 'en', lines);
    expect(en.name).toBe('Eligibility');
    expect(row(en, 4).slice(2)).toEqual(['eligible', '', '', '']);
    expect(/[\u4e00-\u9fff]/.test(String(en.cells.A2!.value).replace(YUNYANG_2022.name.en, ''))).toBe(false);
  });
});
