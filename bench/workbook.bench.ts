// The scoring workbook for 30 and for 200 applicants with 9 reviewers (groups of 5 per applicant and stage, drawn in
// rotation): time to build the plans, to render the .xlsx, to read it back, and the file size.
import { getProfile } from '../core/profiles/load';
import { buildWorkbook } from '../core/workbook/build';
import type { Assignment } from '../core/workbook/input';
import { readWorkbook } from '../core/workbook/read';
import { readXlsxGrids } from '../core/xlsx/read';
import { renderXlsx } from '../core/xlsx/render';
import { roster } from '../test/workbook/scenario';

const ms = (n: number) => `${n.toFixed(0)} ms`;

export default async function bench(): Promise<void> {
  const profile = getProfile('yunyang-2022')!;
  for (const n of [30, 200]) {
    const base = roster(profile, n, 9);
    const assignments: Assignment[] = base.applicants.flatMap((a, i) =>
      (['material', 'site'] as const).flatMap((stage, s) =>
        Array.from({ length: 5 }, (_, k) => ({ reviewerId: base.reviewers[(i + k + 4 * s) % 9]!.id, applicantId: a.id, stage })),
      ),
    );
    const input = { ...base, assignments };
    let t = performance.now();
    const plan = buildWorkbook(input);
    const tBuild = performance.now() - t;
    t = performance.now();
    const bytes = await renderXlsx(plan);
    const tRender = performance.now() - t;
    t = performance.now();
    const read = readWorkbook(plan, await readXlsxGrids(bytes), profile);
    const tRead = performance.now() - t;
    const cells = plan.sheets.reduce((s, x) => s + Object.keys(x.cells).length, 0);
    console.log(
      `${n} applicants, 9 reviewers: ${plan.sheets.length} sheets, ${cells} cells; build ${ms(tBuild)}, render ${ms(tRender)}, ` +
        `read back ${ms(tRead)} (${read.entries.material.length + read.entries.site.length} entry cells); file ${(bytes.length / 1e6).toFixed(2)} MB`,
    );
  }
}
