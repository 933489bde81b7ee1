import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal';
import { leafItems } from '../../core/profiles/criteria';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { csv, parseCsv, run, tempDir, tempFile } from './helpers';

const ITEMS = leafItems(YUNYANG_2022.criteria).map((i) => i.clause);
const POINTS = new Map(leafItems(YUNYANG_2022.criteria).map((i) => [i.clause, i.points]));

function entryRows(applicant: string, special: Record<string, number[]> = {}): (string | number)[][] {
  return ITEMS.flatMap((item) => ['R1', 'R2', 'R3'].map((r, i) => [applicant, r, item, special[item]?.[i] ?? 50]));
}

describe('scorebook tally', () => {
  it('Y16.3: gives the consensus stage score with 2 decimals and the flagged items in tree order', async () => {
    // A: 4.1.1 60,65,65 -> 65 (+9.00); 4.7.1 40,80,85 -> 70 (+24.00), spread 45: flagged; 4.2.1 45,50,70: bands 3..5: flagged
    // total = 500 + 9 + 24 + 0 (4.2.1: mean 55 -> 55, 40 pts x 5% = +2.00) = 535.00
    // B: everything 50 -> 500.00
    const rows = [['applicant_id', 'reviewer_id', 'item', 'value'], ...entryRows('B'), ...entryRows('A', { '4.7.1': [40, 80, 85], '4.1.1': [60, 65, 65], '4.2.1': [45, 50, 70] })];
    const r = await run(['tally', '--profile', 'yunyang-2022', '--stage', 'material', tempFile('e.csv', csv(rows))]);
    expect(r.code).toBe(0);
    const out = parseCsv(r.stdout);
    expect(out[0]!.slice(0, 3)).toEqual(['applicant_id', 'total', 'flagged']);
    expect(out.slice(1).map((x) => x.slice(0, 3))).toEqual([
      ['B', '500.00', ''],
      ['A', '535.00', '4.2.1;4.7.1'],
    ]);
  });

  it('reads a UTF-8 file with BOM, Chinese headers and values as people type them (６５, 65%, " 65 ")', async () => {
    const rows = ITEMS.flatMap((item) => [['A', 'R1', item, '６５'], ['A', 'R2', item, '65%'], ['A', 'R3', item, ' 65 ']]);
    const text = '\uFEFF' + csv([['统一社会信用代码', '评审员编号', '评分条款', '评分'], ...rows]);
    const r = await run(['tally', '--profile', 'yunyang-2022', '--stage', 'site', tempFile('e.csv', text)]);
    expect(r.stderr).toBe('');
    expect(parseCsv(r.stdout)[1]!.slice(0, 2)).toEqual(['A', '650.00']);
  });

  it('property: rows in any order, values typed in any accepted way: each total equals a re-computation in Decimal', async () => {
    const pct = fc.integer({ min: 0, max: 20 }).map((n) => n * 5);
    const typed = (v: number, how: number) => [String(v), `${v}%`, ` ${v} `, String(v).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))), `${v}.0`][how]!;
    const group = fc.integer({ min: 3, max: 7 }).chain((n) => fc.array(fc.array(pct, { minLength: ITEMS.length, maxLength: ITEMS.length }), { minLength: n, maxLength: n }));
    await fc.assert(
      fc.asyncProperty(fc.array(group, { minLength: 1, maxLength: 4 }), fc.infiniteStream(fc.nat()), async (applicants, noise) => {
        const rows: (string | number)[][] = [];
        applicants.forEach((g, a) => g.forEach((vals, r) => vals.forEach((v, i) => rows.push([`0${a}`, `R${r}`, ITEMS[i]!, typed(v, noise.next().value % 5)]))));
        // shuffled, so that rows of one applicant and reviewer are not together
        for (let i = rows.length - 1; i > 0; i--) {
          const j = noise.next().value % (i + 1);
          [rows[i], rows[j]] = [rows[j]!, rows[i]!];
        }
        const r = await run(['tally', '--profile', 'yunyang-2022', '--stage', 'material', tempFile('e.csv', csv([['applicant_id', 'reviewer_id', 'item', 'value'], ...rows]))]);
        expect(r.code).toBe(0);
        const got = new Map(parseCsv(r.stdout).slice(1).map((x) => [x[0]!, x]));
        expect(got.size).toBe(applicants.length);
        applicants.forEach((g, a) => {
          let total = new Decimal(0);
          ITEMS.forEach((item, i) => {
            const mean = g.reduce((s, vals) => s.plus(vals[i]!), new Decimal(0)).div(g.length);
            const consensus = mean.div(5).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(5);
            total = total.plus(consensus.times(POINTS.get(item)!).div(100));
          });
          expect(got.get(`0${a}`)!.slice(1, 2).concat(got.get(`0${a}`)![3]!)).toEqual([total.toFixed(2), String(g.length)]);
        });
      }),
      { numRuns: 25 },
    );
  });

  it('an incomplete group gives no total and says which entries are missing', async () => {
    const rows = [['applicant_id', 'reviewer_id', 'item', 'value'], ...entryRows('A').filter((r) => !(r[1] === 'R2' && r[2] === '4.5.1'))];
    const r = await run(['tally', '--profile', 'yunyang-2022', '--stage', 'material', tempFile('e.csv', csv(rows))]);
    expect(r.code).toBe(0);
    expect(parseCsv(r.stdout)[1]!.slice(0, 2)).toEqual(['A', '']);
    expect(r.stderr).toContain('R2:4.5.1');
  });

  it('bad input: exit 2, one line per problem naming row and column, in Chinese by default', async () => {
    const rows = [['applicant_id', 'reviewer_id', 'item', 'value'], ...entryRows('A')];
    rows[2]![3] = 'abc'; // row 3, column D
    rows[5]![3] = '63'; // row 6: off the step of 5
    rows[8]![3] = '105'; // row 9: out of range
    rows[10]![2] = '4.9.9'; // row 11, column C: unknown item
    const r = await run(['tally', '--profile', 'yunyang-2022', '--stage', 'material', tempFile('bad.csv', csv(rows))]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      '文件 bad.csv 第 3 行 D 列（value）：“abc”不是数字',
      '文件 bad.csv 第 6 行 D 列（value）：“63”不在评分步长上（应为 5 的整数倍）',
      '文件 bad.csv 第 9 行 D 列（value）：“105”超出范围 0–100',
      '文件 bad.csv 第 11 行 C 列（item）：评分条款“4.9.9”不在本评价准则的评分条款中',
    ]);
  });

  it('bad input in English with --lang en; a duplicate entry names its row', async () => {
    const rows = [['applicant_id', 'reviewer_id', 'item', 'value'], ...entryRows('A'), ['A', 'R1', '4.1.1', '70']];
    const r = await run(['tally', '--lang', 'en', '--profile', 'yunyang-2022', '--stage', 'material', tempFile('dup.csv', csv(rows))]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('dup.csv, row 68: duplicate entry: reviewer R1 already scored item 4.1.1 of A');
  });

  it('a wrong header is refused, and with --out nothing is written', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.csv');
    const file = tempFile('h.csv', csv([['applicant', 'reviewer_id', 'clause_id', 'value'], ['A', 'R1', '4.1.1', '50']]), dir);
    const r = await run(['tally', '--lang', 'en', '--profile', 'yunyang-2022', '--stage', 'material', file, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('h.csv, row 1: column "item" is missing');
    expect(existsSync(out)).toBe(false);
  });

  it('an unknown profile is refused with exit 2', async () => {
    const r = await run(['tally', '--profile', 'nowhere', '--stage', 'material', tempFile('e.csv', 'applicant_id\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere');
  });
});

describe('scorebook select', () => {
  const header = ['applicant_id', 'name', 'industry', 'material', 'site', 'defense'];

  it('Y16.6.3: ranks, scores with 2 decimals and outcomes; the 400.00 case is a candidate', async () => {
    const rows = [
      header,
      ['A', '甲公司', '食品', '500.4', '314.4', '48.4'], // 100.08 + 251.52 + 48.4 = 400.00: reaches the cut-off
      ['B', '乙公司', '建材', '700', '450', '80'], // 140 + 360 + 80 = 580.00 -> rank 1
      ['C', '丙公司', '物流', '650', '400', '20'], // 130 + 320 + 20 = 470.00 -> rank 2; A (400.00) is third: outside the top 2
      ['D', '丁公司', '医药', '480', '', ''], // below 500
    ];
    const r = await run(['select', '--profile', 'yunyang-2022', tempFile('s.csv', csv(rows))]);
    expect(r.code).toBe(0);
    expect(parseCsv(r.stdout).map((x) => x.slice(0, 4))).toEqual([
      ['rank', 'applicant_id', 'score', 'outcome'],
      ['1', 'B', '580.00', 'candidate'],
      ['2', 'C', '470.00', 'candidate'],
      ['3', 'A', '400.00', 'outside_quota'],
      ['', 'D', '', 'below_material_cutoff'],
    ]);
  });

  it('Z28 and Z17.7 through the command line: flags column, zhongmu ranked by site, no defense column needed', async () => {
    const rows = [
      ['applicant_id', 'name', 'industry', 'material', 'site', 'flags'],
      ...[700, 690, 680, 670, 660, 650].map((s, i) => [`Z${i + 1}`, `公司${i + 1}`, '制造', '600', String(s), i === 0 ? 'repeat_winner' : '']),
    ];
    const r = await run(['select', '--profile', 'zhongmu', tempFile('z.csv', csv(rows))]);
    expect(r.code).toBe(0);
    const out = parseCsv(r.stdout).slice(1).map((x) => [x[1], x[3], x[4]]);
    expect(out).toEqual([
      ['Z1', 'candidate', 'Z28'],
      ['Z2', 'candidate', 'Z4'],
      ['Z3', 'candidate', 'Z4'],
      ['Z4', 'candidate', 'Z4'],
      ['Z5', 'candidate', 'Z4'],
      ['Z6', 'candidate', 'Z4'],
    ]);
  });

  it('bad input: a non-number and an out-of-range score are located; exit 2; nothing on stdout', async () => {
    const rows = [header, ['A', '甲', '食品', '5OO', '300', '40'], ['B', '乙', '食品', '600', '1200', '40']];
    const r = await run(['select', '--lang', 'en', '--profile', 'yunyang-2022', tempFile('s.csv', csv(rows))]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      's.csv, row 2, column D (material): "5OO" is not a number',
      's.csv, row 3, column E (site): "1200" is outside 0-1000',
    ]);
  });

  it('a vacant year is announced with its clause', async () => {
    const r = await run(['select', '--profile', 'yunyang-2022', tempFile('v.csv', csv([header, ['A', '甲', '食品', '450', '', '']]))]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('奖项空缺（Y16.6.3）');
  });

  it('--out writes the file as UTF-8 with BOM for Excel', async () => {
    const dir = tempDir();
    const out = join(dir, 'r.csv');
    const r = await run(['select', '--profile', 'yunyang-2022', tempFile('s.csv', csv([header, ['A', '甲', '食品', '600', '450', '70']]), dir), '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFrank,applicant_id,score,outcome')).toBe(true);
  });
});

describe('the installed command', () => {
  it('`scorebook --help` runs through bin/scorebook.mjs and exits 0', () => {
    const out = execFileSync(process.execPath, ['bin/scorebook.mjs', '--help'], { encoding: 'utf8' });
    expect(out).toContain('scorebook tally');
  });

  it('runs the shipped sample end to end with exit 0', () => {
    const r = spawnSync(process.execPath, ['bin/scorebook.mjs', 'select', '--profile', 'yunyang-2022', 'samples/yunyang-2025/stage-scores.csv'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[1]).toMatch(/^1,9150023552601815JC,/);
  });
});
