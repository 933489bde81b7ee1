import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csv, parseCsv, run, tempDir, tempFile } from './helpers';

const S = 'samples/people';
// compliance.csv is written with CRLF like every exchange file; the other commands with LF
const rowsOf = (stdout: string) => parseCsv(stdout.replace(/\r/g, '')).slice(1);

describe('scorebook eligibility', () => {
  it('Y11.1, Y11.4, Y12.3, Y12.4, Y13.1, Y13.3, Y2: the Yunyang sample applicants, one row per finding', async () => {
    const r = await run(['eligibility', '--profile', 'yunyang-2022', '--deadline', '2025-06-30', `${S}/applicants-yunyang.csv`]);
    expect(r.code).toBe(0);
    const rows = rowsOf(r.stdout).map((x) => [x[0], x[2], x[3], x[4]]);
    expect(rows).toEqual([
      ['91500235MA5YJ3K821', 'yes', '', ''],
      ['91500235MA60A7NX4M', 'no', 'Y11.4', 'ELIG_EXCLUSION_RECENT'], // spot check 2024-08-15, within 3 years
      // body 91500235MA5U2L0F6: 9+3+45+0+0+52+48+85+420+290+125+351+16+480+0+450+168 = 2542 = 31 x 82, so the check
      // character is (31 - 0) mod 31 = 0; the file has 1
      ['91500235MA5U2L0F61', 'no', 'GB 32100-2015', 'ELIG_CODE_CHECK'],
      ['91500235MA61C9QB3U', 'no', 'Y11.1', 'ELIG_OPERATING_YEARS'], // founded 2023-02-10: 2 years
      ['91500235MA5XR41T8T', 'no', 'Y12.3', 'ELIG_WON_RECENTLY'], // won 2022-12-28: until 2025-12-28
      ['91500235MA5YP6E23X', 'no', 'Y12.4', 'ELIG_REVOKED_RECENTLY'], // revoked 2023-04-20 (won 2021-12-30: 3 years passed)
      ['91500235MA60L2W57H', 'no', 'Y13.3', 'ELIG_TEXT_TOO_LONG'], // 61200 > 60000
      ['91500235MA5UQ8G199', 'no', 'Y13.1', 'ELIG_NO_RECOMMENDATION'],
      ['91500101MA5U7B2C4A', 'yes', 'Y2', 'ELIG_REGION'], // registered in 500101, a warning only
      ['91500235MA61HD3K07', 'yes', '', ''], // accident 2021-05-10 is more than 3 years before the deadline
      ['91500235MA5Y0N7R2C', 'yes', '', ''],
    ]);
    expect(r.stdout).toContain('第 18 位应为“0”，实为“1”');
    expect(r.stderr).toContain('11 个申报单位，4 个符合申报条件，7 个不符合');
  });

  it('Z13.1, Z13.2, Z13.5, Z14.5, Z14.8, Z25, Z28: the Zhongmu sample, Chinese headers, in English', async () => {
    const r = await run(['eligibility', '--profile', 'zhongmu', '--deadline', '2025-06-30', '--lang', 'en', `${S}/applicants-zhongmu.csv`]);
    expect(r.code).toBe(0);
    const rows = rowsOf(r.stdout);
    expect(rows.map((x) => `${x[0]!.slice(-4)} ${x[3]}`)).toEqual([
      'B2C4 Z28', // won 2023-12-20 (a repeat award)
      'E4FQ Z14.5', // loss 2024-12-31
      'H6JD ', // 小巨人 founded 2023-05-08: 2 years suffice
      'L8M2 Z13.1', // founded 2023-05-08, not a 小巨人: 2 < 3
      'P0QC Z13.2', // 0.5 years of the excellence model
      '3T4H Z14.8', // wage arrears 2023-11-02
      '5W6M Z28',
      '7Y8R Z28',
      '7Y8R Z25', // revoked 2024-03-18
      '7Y8R Z13.5',
    ]);
    expect(r.stdout).toContain('0.5 years of applying the excellence model, fewer than 1');
  });

  it('bad input: exit 2, every problem with row and column, nothing written', async () => {
    const text = csv([
      ['credit_code', 'name', 'industry', 'founded', 'exclusions', 'profile_chars'],
      ['91500235MA5YJ3K821', '甲公司', '装备制造', '2015-02-30', '', '2000'],
      ['91500235MA60A7NX4M', '', '食品', '2015-01-01', '地震:2024-01-01', 'abc'],
    ]);
    const r = await run(['eligibility', '--profile', 'yunyang-2022', '--deadline', '2025-06-30', tempFile('bad.csv', text)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('文件 bad.csv 第 2 行 D 列（founded）：“2015-02-30”不是有效日期（应为 YYYY-MM-DD，如 2027-10-01）');
    expect(lines.some((l) => l.startsWith('文件 bad.csv 第 3 行 B 列（name）'))).toBe(true);
    expect(lines.some((l) => l.startsWith('文件 bad.csv 第 3 行 E 列（exclusions）：排除情形“地震:2024-01-01”无法识别'))).toBe(true);
    expect(lines.some((l) => l.startsWith('文件 bad.csv 第 3 行 F 列（profile_chars）：“abc”不是数字'))).toBe(true);
  });

  it('the application deadline is required', async () => {
    const r = await run(['eligibility', '--profile', 'zhongmu', `${S}/applicants-zhongmu.csv`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--deadline');
  });
});

describe('scorebook draw', () => {
  const args = ['draw', '--profile', 'yunyang-2022', '--seed', '20250701', `${S}/pool.csv`, `${S}/shortlist-yunyang.csv`];

  it('YR3, YR4, Y8, Y16.4: groups by industry with a leader, recusals with reasons, the defense panel, the seed in every row', async () => {
    const r = await run(args);
    expect(r.code).toBe(0);
    const rows = rowsOf(r.stdout);
    expect(rows.every((x) => x[0] === '20250701')).toBe(true);
    expect(r.stderr).toContain('随机种子 20250701');
    // 建材 (U+5EFA) sorts before 装备制造 (U+88C5): G1 is 建材. Its specialists are E03, E06, E07, E08, E09;
    // E07 holds shares in 盘石水泥 and E09 has a complaint pending, so the group is exactly E03, E06, E08.
    const g1 = rows.filter((x) => x[1] === 'G1');
    expect(g1.filter((x) => x[3] === 'leader' || x[3] === 'member').map((x) => x[4]).sort()).toEqual(['E03', 'E06', 'E08']);
    expect(g1.filter((x) => x[3] === 'recused').map((x) => [x[4], x[7]!.split(':')[0], x[8]])).toEqual([
      ['E07', 'shares', 'YR4.1'],
      ['E09', 'complaint_pending', 'YR4.2'],
    ]);
    // 装备制造: E01 works at 盛泰 and E04 consults for 长江船舶; E03 is already in G1: 3 of E02, E05, E11, E16
    const g2 = rows.filter((x) => x[1] === 'G2' && x[3] !== 'recused').map((x) => x[4]!);
    expect(g2).toHaveLength(3);
    for (const e of g2) expect(['E02', 'E05', 'E11', 'E16']).toContain(e);
    expect(rows.filter((x) => x[1] === 'G2' && x[3] === 'leader')).toHaveLength(1);
    const defense = rows.filter((x) => x[1] === 'defense');
    expect(defense.filter((x) => x[3] === 'scorer')).toHaveLength(5);
    expect(defense.filter((x) => x[3] === 'advisor')).toHaveLength(1);
    for (const x of defense.filter((d) => d[3] !== 'recused')) expect(['E01', 'E04', 'E07', 'E09']).not.toContain(x[4]);
  });

  it('the same seed and files give the same draw, whatever the order of the rows', async () => {
    const a = await run(args);
    const dir = tempDir();
    const pool = readFileSync(`${S}/pool.csv`, 'utf8').trim().split('\n');
    const shortlist = readFileSync(`${S}/shortlist-yunyang.csv`, 'utf8').trim().split('\n');
    const p = tempFile('pool.csv', [pool[0], ...pool.slice(1).reverse()].join('\n') + '\n', dir);
    const s = tempFile('shortlist.csv', [shortlist[0], ...shortlist.slice(1).reverse()].join('\n') + '\n', dir);
    const b = await run(['draw', '--profile', 'yunyang-2022', '--seed', '20250701', p, s]);
    expect(b.stdout).toBe(a.stdout);
  });

  it('Z18: a group that cannot be filled without a conflict fails, naming the group and why', async () => {
    const pool = csv([
      ['expert_id', 'name', 'specialties', 'certificate', 'employer', 'complaint_pending'],
      ['E1', '甲', '食品', 'C1', '郑州雁鸣湖食品有限公司', ''],
      ['E2', '乙', '食品', 'C2', '', '是'],
      ['E3', '丙', '食品', 'C3', '', ''],
      ['E4', '丁', '食品', 'C4', '', ''],
    ]);
    const apps = csv([['credit_code', 'name', 'industry'], ['91410122MA46G5H6JD', '郑州雁鸣湖食品有限公司', '食品']]);
    const dir = tempDir();
    const r = await run(['draw', '--profile', 'zhongmu', '--seed', '1', tempFile('pool.csv', pool, dir), tempFile('apps.csv', apps, dir)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('评审组 G1（食品）需要 3 名评审员，只有 2 名可抽取：专家库中该专业 4 人，其中 2 人须回避');
  });

  it('the seed is required and must be a whole number', async () => {
    const noSeed = await run(['draw', '--profile', 'yunyang-2022', `${S}/pool.csv`, `${S}/shortlist-yunyang.csv`]);
    expect(noSeed.code).toBe(2);
    expect(noSeed.stderr).toContain('--seed');
    const bad = await run(['draw', '--profile', 'yunyang-2022', '--seed', '1.5', `${S}/pool.csv`, `${S}/shortlist-yunyang.csv`]);
    expect(bad.code).toBe(2);
  });

  it('Y8: --size outside 3-5 or not a number is refused with the range', async () => {
    for (const size of ['6', 'abc']) {
      const r = await run(['draw', '--profile', 'yunyang-2022', '--seed', '1', '--size', size, `${S}/pool.csv`, `${S}/shortlist-yunyang.csv`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`每组评审员人数 ${size} 无效：应为 3–5 人`);
    }
  });

  it('a pool row without a certificate is bad input with its row and column', async () => {
    const pool = csv([['expert_id', 'name', 'specialties', 'certificate'], ['E1', '甲', '食品', '']]);
    const dir = tempDir();
    const r = await run(['draw', '--profile', 'zhongmu', '--seed', '1', tempFile('pool.csv', pool, dir), `${S}/shortlist-yunyang.csv`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('文件 pool.csv 第 2 行 D 列（certificate）：此项不能为空');
  });
});

describe('scorebook workdays', () => {
  it('5 working days after 2025-09-28 is 2025-10-11; after 2026-04-30 it is 2026-05-11 (MACHINE-NOTES)', async () => {
    expect(rowsOf((await run(['workdays', '--from', '2025-09-28', '--days', '5'])).stdout)).toEqual([['2025-09-28', '5', '2025-10-11']]);
    expect(rowsOf((await run(['workdays', '--from', '2026-04-30', '--days', '5'])).stdout)).toEqual([['2026-04-30', '5', '2026-05-11']]);
  });

  it('Y16.8 and Z17.8: notice periods of each profile', async () => {
    // Yunyang: 7 calendar days from 2025-09-29 end 2025-10-05; Zhongmu: 5 working days end 2025-10-11
    expect(rowsOf((await run(['workdays', '--profile', 'yunyang-2022', '--from', '2025-09-29'])).stdout)).toEqual([['candidates', 'Y16.8', '2025-09-29', '7', 'calendar', '2025-10-05']]);
    expect(rowsOf((await run(['workdays', '--profile', 'zhongmu', '--from', '2025-09-29'])).stdout)).toEqual([
      ['candidates', 'Z17.8', '2025-09-29', '5', 'working', '2025-10-11'],
      ['internal', 'Z17.2', '2025-09-29', '5', 'working', '2025-10-11'],
    ]);
  });

  it('refuses 2027 with a message, and uses the secretariat\'s holidays for it', async () => {
    const refused = await run(['workdays', '--from', '2026-12-30', '--days', '5']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('没有 2027 年的节假日安排');
    // 2026-12-31 (1), 2027-01-01 supplied holiday, 01-04 (2), 01-05 (3), 01-06 (4), 01-07 (5)
    const supplied = await run(['workdays', '--from', '2026-12-30', '--days', '5', '--holidays', `${S}/holidays-2027-example.csv`]);
    expect(rowsOf(supplied.stdout)).toEqual([['2026-12-30', '5', '2027-01-07']]);
    const json = tempFile('h.json', JSON.stringify({ holidays: ['2027-01-01', '2027-01-04'] }));
    expect(rowsOf((await run(['workdays', '--from', '2026-12-30', '--days', '5', '--holidays', json])).stdout)).toEqual([['2026-12-30', '5', '2027-01-08']]);
  });

  it('bad dates, days and holiday rows are reported with where they are', async () => {
    expect((await run(['workdays', '--from', '2025-13-01', '--days', '5'])).code).toBe(2);
    expect((await run(['workdays', '--from', '2025-09-28', '--days', 'x'])).stderr).toContain('--days “x”无效');
    const h = tempFile('h.csv', csv([['date', 'kind'], ['2027-01-01', 'holiday'], ['2027-01-06', '班'], ['2027-01-09', '午休']]));
    const r = await run(['workdays', '--from', '2026-12-30', '--days', '5', '--holidays', h]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      '文件 h.csv 第 3 行 A 列（date）：2027-01-06 是周一至周五，本就是工作日：调休上班日应为周六或周日',
      '文件 h.csv 第 4 行 B 列（kind）：类别“午休”无效（可用：holiday 放假、workday 调休上班）',
    ]);
  });
});

describe('scorebook obligations', () => {
  it('Z29, Z24, Z25, Z28: the Zhongmu sample on 2026-07-01 as compliance.csv', async () => {
    const r = await run(['obligations', '--profile', 'zhongmu', '--on', '2026-07-01', `${S}/awards-zhongmu.csv`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [header, ...rows] = parseCsv(r.stdout.replace(/\r/g, ''));
    expect(header).toEqual(['year', 'applicant_id', 'name', 'award_year', 'obligation', 'due', 'done', 'status', 'revoked']);
    const find = (id: string, obligation: string, due: string) => rows.find((x) => x[1] === id && x[4] === obligation && x[5] === due)?.[7];
    // 绿博 (won 2020-12-18, valid to 2023-12-17): 2022 report never handed in; its 2021 inspection failed
    expect(find('91410122MA45D3E4FQ', 'annual_report', '2022-06-30')).toBe('missing');
    expect(find('91410122MA45D3E4FQ', 'fund_inspection', '2021-12-31')).toBe('failed');
    // 宏达: 2023 report on 2023-07-20, after 30 June
    expect(find('91410122MA44A1B2C4', 'annual_report', '2023-06-30')).toBe('late');
    // 刘集: 2025 report on 2025-07-08 late; the 2025-12-31 inspection not held by 2026-07-01
    expect(find('91410122MA9G4U5W6M', 'annual_report', '2025-06-30')).toBe('late');
    expect(find('91410122MA9G4U5W6M', 'fund_inspection', '2025-12-31')).toBe('missing');
    // 白沙 was revoked on 2024-03-18, before its first report was due: it owes nothing
    expect(rows.some((x) => x[1] === '91410122MA9H6X7Y8R')).toBe(false);
    // 宏达 2020 award: reports 2021-2023 + 1 inspection (4); its repeat award of 2023-12-20: reports 2024-2026 (3);
    // 绿博: reports 2021-2023 + 1 inspection (4); 刘集: reports 2024-2026 + 2 inspections (5); 雁鸣湖 (2024-12-19):
    // reports 2025, 2026 (2); 白沙: none. 4 + 3 + 4 + 5 + 2 = 18
    expect(rows).toHaveLength(18);
  });

  it('Y19: the Yunyang sample, incident reports within 15 working days', async () => {
    const r = await run(['obligations', '--profile', 'yunyang-2022', '--on', '2025-12-31', `${S}/awards-yunyang.csv`]);
    const rows = rowsOf(r.stdout);
    // accident 2025-09-26, reported 2025-10-24; due 2025-10-23 (counted in test/core/calendar.test.ts)
    expect(rows.find((x) => x[4] === 'incident_report' && x[1] === '91500235MA5XR41T8T')).toEqual(['2025', '91500235MA5XR41T8T', '重庆云阳绿源生物科技有限公司', '2022', 'incident_report', '2025-10-23', '2025-10-24', 'late', 'no']);
    // accident Mon 2023-03-20: 03-21..24 (4), 03-27..31 (9), 04-03, 04-04 (11), 04-05 清明, 04-06, 04-07 (13), 04-10, 04-11 (15)
    expect(rows.find((x) => x[4] === 'incident_report' && x[1] === '91500235MA5YP6E23X')?.slice(5)).toEqual(['2023-04-11', '2023-04-06', 'on_time', 'yes']);
  });

  it('without --profile every kind of record counts', async () => {
    const r = await run(['obligations', '--on', '2026-07-01', `${S}/awards-zhongmu.csv`]);
    expect(r.code).toBe(0);
    expect(rowsOf(r.stdout)).toHaveLength(18);
  });

  it('the history is checked: a repeat award with money is reported with its clause (Z28)', async () => {
    const text = csv([
      ['record', 'applicant_id', 'name', 'date', 'prize', 'repeat'],
      ['award', 'A', '甲', '2019-12-20', '300000', 'no'],
      ['award', 'A', '甲', '2023-12-20', '300000', 'yes'],
    ]);
    const r = await run(['obligations', '--profile', 'zhongmu', '--on', '2024-01-01', tempFile('a.csv', text)]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('A 再次获奖不授予奖金，记录却有奖金 300000 元（Z28）');
  });

  it('bad input: exit 2, every problem with row and column, nothing written', async () => {
    const text = csv([
      ['record', 'applicant_id', 'date', 'year', 'done'],
      ['award', 'A', '2023-12-20', '', ''],
      ['annual_report', 'A', '', '二〇二四', '2024-06-01'],
      ['incident_report', 'A', '2024-13-01', '', ''],
      ['prize', 'A', '2024-01-01', '', ''],
    ]);
    const r = await run(['obligations', '--profile', 'zhongmu', '--on', '2026-07-01', tempFile('a.csv', text)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^文件 a\.csv 第 3 行 D 列（year）/);
    expect(lines[1]).toMatch(/^文件 a\.csv 第 4 行 C 列（date）/);
    expect(lines[2]).toMatch(/^文件 a\.csv 第 5 行 A 列（record）：记录类别“prize”无效/);
  });
});

describe('the installed command', () => {
  it('runs through bin/scorebook.mjs with the real exit status', () => {
    const r = spawnSync(process.execPath, [join('bin', 'scorebook.mjs'), 'workdays', '--from', '2026-12-30', '--days', '5'], { encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Shanghai' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('2027');
    const ok = spawnSync(process.execPath, [join('bin', 'scorebook.mjs'), 'workdays', '--from', '2025-09-28', '--days', '5'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')[1]).toBe('2025-09-28,5,2025-10-11');
  });
});
