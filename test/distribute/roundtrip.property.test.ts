import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect } from '../../core/distribute/collect';
import { distribute } from '../../core/distribute/distribute';
import { readFrozen } from '../../core/distribute/records';
import { leafItems } from '../../core/profiles/criteria';
import { getProfile } from '../../core/profiles/load';
import type { Assignment, Typed } from '../../core/workbook/input';
import { addr, type Stage } from '../../core/workbook/plan';
import { readXlsxGrids } from '../../core/xlsx/read';
import { roster } from '../workbook/scenario';
import { alter, masterBytes, NOW, typedOf } from './helpers';

const COMMENTS = ['优势：方法系统，展开充分', '改进机会：缺少对比数据', 'OK', '评语 mixed 中英文；标点！'];

const caseArb = fc
  .record({
    profileId: fc.constantFrom('yunyang-2022', 'zhongmu'),
    stage: fc.constantFrom<Stage>('material', 'site'),
    nA: fc.integer({ min: 2, max: 3 }),
    nR: fc.integer({ min: 3, max: 4 }),
    split: fc.boolean(),
    // every reviewer scores every item (then the stage freezes), or some are left empty (then it must not)
    complete: fc.boolean(),
  })
  .chain((c) => {
    const profile = getProfile(c.profileId)!;
    const step = profile.scoring.step;
    const items = leafItems(profile.criteria).map((i) => i.clause);
    const pct = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 100 / step }).map((k) => k * step) }, { weight: 1, arbitrary: fc.constantFrom(0, 100) });
    return fc.record({
      c: fc.constant(c),
      groups: fc.array(fc.shuffledSubarray([...Array(c.nR).keys()], { minLength: 1, maxLength: c.nR }), { minLength: c.nA, maxLength: c.nA }),
      // one slot per reviewer x applicant x item: a percentage (empty one time in 3) and a comment (empty one time in 2)
      cells: fc.array(fc.tuple(c.complete ? pct : fc.option(pct, { nil: null, freq: 3 }), fc.option(fc.constantFrom(...COMMENTS), { nil: null, freq: 2 })), {
        minLength: c.nR * c.nA * items.length,
        maxLength: c.nR * c.nA * items.length,
      }),
    });
  });

describe('distribute, fill, collect', () => {
  it('the master ends holding exactly the entries typed into the reviewer files', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ c, groups, cells }) => {
        const profile = getProfile(c.profileId)!;
        const items = leafItems(profile.criteria).map((i) => i.clause);
        const base = roster(profile, c.nA, c.nR);
        const rid = (r: number) => base.reviewers[r]!.id;
        const assignments: Assignment[] = groups.flatMap((g, a) => g.map((r) => ({ reviewerId: rid(r), applicantId: base.applicants[a]!.id, stage: c.stage })));
        const input = { ...base, assignments };
        const master = await masterBytes(input);
        const out = await distribute(master, c.stage);
        expect(out.problems).toEqual([]);

        // what each reviewer types, placed by what the sheet shows (clause in column A, code in row 3), not by the plan
        const expected: Typed = {};
        const returned = [];
        for (const f of out.files) {
          const r = base.reviewers.findIndex((x) => x.id === f.reviewerId);
          const grids = await readXlsxGrids(f.bytes);
          const sheet = grids.find((g) => g.name.includes(`-${f.reviewerId}-`))!;
          const rowOf = new Map<string, number>();
          const colOf = new Map<string, number>();
          for (const [a, v] of Object.entries(sheet.cells)) {
            const m = /^([A-Z]+)(\d+)$/.exec(a)!;
            if (m[1] === 'A' && Number(m[2]) > 5) rowOf.set(String(v), Number(m[2]));
            if (m[2] === '3' && m[1] !== 'A') colOf.set(String(v), m[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0));
          }
          const values: Record<string, string | number> = {};
          base.applicants.forEach((a, ai) => {
            if (!groups[ai]!.includes(r)) return;
            const col = colOf.get(a.id)!;
            items.forEach((item, ii) => {
              const [p, comment] = cells[(r * c.nA + ai) * items.length + ii]!;
              const row = rowOf.get(item)!;
              if (p !== null) {
                values[addr(row, col)] = p;
                expected[`score|${c.stage}|${f.reviewerId}|${a.id}|${item}`] = p;
              }
              if (comment !== null) {
                values[addr(row, col + 2)] = comment;
                expected[`comment|${c.stage}|${f.reviewerId}|${a.id}|${item}`] = comment;
              }
            });
          });
          const bytes = await alter(f.bytes, (wb) => {
            const ws = wb.getWorksheet(sheet.name)!;
            for (const [cell, v] of Object.entries(values)) ws.getCell(cell).value = v;
          });
          returned.push({ name: f.name, bytes });
        }

        const cut = c.split ? Math.ceil(returned.length / 2) : returned.length;
        let now = master;
        for (const batch of [returned.slice(0, cut), returned.slice(cut)]) {
          if (!batch.length) continue;
          const r = await collect(now, batch, { confirm: false, now: NOW });
          expect(r.refused).toEqual([]);
          expect(r.held).toEqual([]);
          now = r.bytes!;
        }
        expect(await typedOf(now, input)).toEqual(expected);
        // every score in: the frozen copy is the same entries; any score missing: nothing frozen
        const frozen = readFrozen(await readXlsxGrids(now), 'zh')[c.stage];
        if (c.complete) expect(frozen?.typed).toEqual(expected);
        else expect(frozen).toBeUndefined();
      }),
      { numRuns: 10, seed: 20250603 },
    );
  }, 240_000);
});
