import type { EligibilityResult } from '../eligibility/check';
import { formatProblem } from '../i18n/catalog';
import type { Lang } from '../i18n/lang';
import { problem } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import type { Applicant } from './input';
import { emptySheet, setCell, type SheetPlan } from './plan';

export const ELIGIBILITY_SHEET = { zh: '资格审查', en: 'Eligibility' } as const;

export interface EligibilityLine {
  applicant: Pick<Applicant, 'id' | 'name'>;
  result: EligibilityResult;
}

const HEADERS = {
  zh: ['统一社会信用代码', '单位名称', '结论', '依据条款', '级别', '说明'],
  en: ['Credit code', 'Applicant', 'Conclusion', 'Clause', 'Severity', 'Finding'],
};

/**
 * The eligibility check as a sheet beside the roster (Y2, Y11-Y13, Z13, Z14): one row per finding, or one row for
 * an applicant with none, so the secretariat files and prints what decided who may go on to the review.
 */
export function eligibilitySheet(profile: Profile, year: number, deadline: string, lang: Lang, lines: readonly EligibilityLine[]): SheetPlan {
  const s = emptySheet('eligibility', 'eligibility', ELIGIBILITY_SHEET[lang]);
  const out = lines.filter((l) => !l.result.eligible).length;
  s.cells.A1 = { value: lang === 'zh' ? `${year}年度 申报资格审查` : `${year} eligibility check`, style: 'title' };
  s.cells.A2 = {
    value:
      lang === 'zh'
        ? `${profile.name.zh}；申报截止日 ${deadline}；共 ${lines.length} 家，不符合条件 ${out} 家`
        : `${profile.name.en}; application deadline ${deadline}; ${lines.length} applicants, ${out} not eligible`,
    style: 'subtitle',
  };
  const h = 3;
  HEADERS[lang].forEach((t, i) => setCell(s, h, i + 1, { value: t, style: 'header' }));
  let r = h + 1;
  for (const { applicant, result } of lines) {
    const verdict = result.eligible ? (lang === 'zh' ? '符合条件' : 'eligible') : lang === 'zh' ? '不符合条件' : 'not eligible';
    const rows = result.findings.length ? result.findings : [null];
    for (const f of rows) {
      const severity = f === null ? '' : f.severity === 'error' ? (lang === 'zh' ? '不符合' : 'error') : lang === 'zh' ? '请核实' : 'check';
      const text = f === null ? '' : formatProblem(problem(f.code, f.params), lang);
      [applicant.id, applicant.name, verdict, f?.clause ?? '', severity, text].forEach((v, k) => setCell(s, r, k + 1, { value: v, style: k === 5 ? 'wrap' : 'text' }));
      r++;
    }
  }
  Object.assign(s.columnWidths, { 1: 22, 2: 28, 3: 12, 4: 10, 5: 8, 6: 70 });
  s.freeze = { rows: h, columns: 0 };
  s.anchors.push({ cell: `A${h}`, text: HEADERS[lang][0]! });
  s.print = { paper: 'A4', orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, titleRows: `${h}:${h}` };
  return s;
}
