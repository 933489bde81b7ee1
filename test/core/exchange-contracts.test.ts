import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal';
import { APPLICATIONS, CATEGORY_SCORES, COMPLIANCE, detectKind, readAnyExchange, readExchange, writeExchange, type ApplicationRow } from '../../core/exchange/contracts';
import { decodeCsvBytes } from '../../core/exchange/decode';
import { mergeExchange } from '../../core/exchange/merge';
import { formatProblem, hasMessage } from '../../core/i18n/catalog';

const grid = (text: string): string[][] => Papa.parse<string[]>(text, { skipEmptyLines: false }).data;

const app = (over: Partial<ApplicationRow> = {}): ApplicationRow => ({
  year: 2025,
  applicantId: '0012',
  name: '甲公司',
  industry: '制造业',
  town: '青龙街道',
  material: new Decimal('512.5'),
  site: new Decimal('480'),
  defense: new Decimal('85'),
  score: new Decimal('405.2'),
  rank: 1,
  outcome: 'candidate',
  awarded: true,
  prize: new Decimal(100000),
  ...over,
});

describe('exchange contracts: writing', () => {
  it('writes UTF-8 with a BOM, English codes as header, numbers as numbers, ids as text', () => {
    const csv = writeExchange(APPLICATIONS, [app()]);
    expect(csv.startsWith('\uFEFFyear,applicant_id,name,industry,town,material,site,defense,score,rank,outcome,awarded,prize\r\n')).toBe(true);
    expect(csv).toContain('2025,0012,甲公司,制造业,青龙街道,512.5,480,85,405.2,1,candidate,yes,100000\r\n');
  });

  it('can write the Chinese labels as header', () => {
    const csv = writeExchange(CATEGORY_SCORES, [{ year: 2025, applicantId: 'A', stage: 'site', category: '4.1', points: new Decimal('62.5'), maxPoints: new Decimal(100) }], { header: 'chinese' });
    expect(csv).toBe('\uFEFF年度,统一社会信用代码,评审阶段,类目,得分,满分\r\n2025,A,site,4.1,62.5,100\r\n');
  });

  it('neutralises a name that a spreadsheet would take as a formula, and reads it back unchanged', () => {
    const csv = writeExchange(APPLICATIONS, [app({ name: '=HYPERLINK("x")' })]);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const back = readExchange(APPLICATIONS, grid(csv.slice(1)), 'a.csv');
    expect(back.problems).toEqual([]);
    expect(back.rows[0]!.name).toBe('=HYPERLINK("x")');
  });

  it('round-trips every contract through its own reader', () => {
    const rows = [app(), app({ applicantId: '0099', material: new Decimal('420'), site: null, defense: null, score: null, rank: null, outcome: 'below_material_cutoff', awarded: false, prize: new Decimal(0) })];
    const back = readExchange(APPLICATIONS, grid(writeExchange(APPLICATIONS, rows)), 'a.csv');
    expect(back.problems).toEqual([]);
    expect(back.rows.map(({ file: _f, row: _r, ...r }) => ({ ...r, material: r.material?.toString(), site: r.site?.toString() ?? null, prize: r.prize.toString() }))).toEqual(
      rows.map((r) => ({ ...r, material: r.material?.toString(), site: r.site?.toString() ?? null, prize: r.prize.toString() })),
    );
    const comp = { year: 2024, applicantId: '007', name: '乙', awardYear: 2022, obligation: 'annual_report' as const, due: '2024-06-30', done: null, status: 'missing' as const, revoked: true };
    const c = readExchange(COMPLIANCE, grid(writeExchange(COMPLIANCE, [comp])), 'c.csv');
    expect(c.rows).toEqual([{ ...comp, file: 'c.csv', row: 2 }]);
  });
});

describe('exchange contracts: reading what a person makes', () => {
  it('reads Chinese headers with spaces and full-width forms, full-width digits, leading zeros and Chinese vocabulary', () => {
    const text = ' 年度 ,统一社会信用代码,单位名称,资料评审得分,结果,是否获奖,奖金（元）\n２０２４,00123,丙厂,５２０．５,推荐候选,是,"100,000"\n2024,00124,丁厂,,未达资料评审分数线,否,\n';
    const r = readExchange(APPLICATIONS, grid(text), 'hand.csv');
    expect(r.problems).toEqual([]);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]).toMatchObject({ year: 2024, applicantId: '00123', name: '丙厂', outcome: 'candidate', awarded: true, row: 2 });
    expect(r.rows[0]!.material!.toString()).toBe('520.5');
    expect(r.rows[0]!.prize.toString()).toBe('100000');
    expect(r.rows[1]).toMatchObject({ applicantId: '00124', material: null, outcome: 'below_material_cutoff', awarded: false });
    expect(r.rows[1]!.prize.toString()).toBe('0');
  });

  it('keeps a quoted cell with a line break, skips a blank last line, and names the row of the spreadsheet', () => {
    const text = 'year,applicant_id,name,outcome,awarded\r\n2023,A1,"第一行\r\n第二行",withdrawn,no\r\n2023,A2,戊,ineligible,no\r\n\r\n';
    const r = readExchange(APPLICATIONS, grid(text), 'b.csv');
    expect(r.problems).toEqual([]);
    expect(r.rows.map((x) => [x.applicantId, x.name, x.row])).toEqual([
      ['A1', '第一行\r\n第二行', 2],
      ['A2', '戊', 3],
    ]);
  });

  it('reports a bad row with file, row, column and field, and still uses the rest', () => {
    const text = 'year,applicant_id,material,outcome,awarded\n2025,A,510,candidate,yes\n2025,B,abc,candidate,maybe\n2025,C,490,below_material_cutoff,no\n';
    const r = readExchange(APPLICATIONS, grid(text), 'x.csv');
    expect(r.rows.map((x) => x.applicantId)).toEqual(['A', 'C']);
    expect(r.problems.map((p) => [p.code, p.where])).toEqual([
      ['EXCHANGE_NOT_A_NUMBER', { file: 'x.csv', row: 3, column: 'C', field: 'material' }],
      ['EXCHANGE_BAD_VALUE', { file: 'x.csv', row: 3, column: 'E', field: 'awarded' }],
    ]);
    expect(formatProblem(r.problems[0]!, 'zh')).toBe('文件 x.csv 第 3 行 C 列（material）：“abc”不是数字');
    expect(formatProblem(r.problems[1]!, 'en')).toBe('x.csv, row 3, column E (awarded): "maybe" is not an accepted value (accepted: yes（是）, no（否）)');
  });

  it('a file without a required column is unusable and says which column', () => {
    const r = readExchange(APPLICATIONS, grid('year,applicant_id,outcome\n2025,A,candidate\n'), 'y.csv');
    expect(r.unusable).toBe(true);
    expect(r.rows).toEqual([]);
    expect(r.problems[0]!.code).toBe('TABLE_MISSING_COLUMN');
    expect(r.problems[0]!.params!.column).toBe('awarded');
  });

  it('reads dates the way Excel re-saves them and refuses impossible ones', () => {
    const text = 'year,applicant_id,obligation,due,done,status\n2024,A,annual_report,2024/6/30,2024年7月2日,late\n2024,B,annual_report,2024-02-30,,missing\n';
    const r = readExchange(COMPLIANCE, grid(text), 'c.csv');
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ due: '2024-06-30', done: '2024-07-02', status: 'late', revoked: false, awardYear: null });
    expect(r.problems.map((p) => [p.code, p.where?.row, p.where?.column])).toEqual([['EXCHANGE_BAD_DATE', 3, 'D']]);
  });

  it('reads a GB18030 (GBK) file from Chinese Excel', () => {
    // 年度 in GBK is C4 EA B6 C8; 是 is CA C7; 否 is B7 F1 (GB2312 table)
    const bytes = new Uint8Array([
      ...[0xc4, 0xea, 0xb6, 0xc8], 0x2c, ...Buffer.from('applicant_id,outcome,awarded\r\n2025,0001,candidate,'), 0xca, 0xc7, 0x0d, 0x0a,
    ]);
    const d = decodeCsvBytes(bytes);
    expect(d.encoding).toBe('gb18030');
    const r = readExchange(APPLICATIONS, grid(d.text), 'gbk.csv');
    expect(r.problems).toEqual([]);
    expect(r.rows[0]).toMatchObject({ year: 2025, applicantId: '0001', awarded: true });
  });

  it('detects the kind of a file from its header, and names a header that fits none', () => {
    expect(detectKind(grid('年度,统一社会信用代码,评审阶段,类目,得分,满分\n'))).toBe('category_scores');
    expect(detectKind(grid('year,applicant_id,obligation,status\n'))).toBe('compliance');
    expect(detectKind(grid('year,applicant_id,outcome,awarded\n'))).toBe('applications');
    // a file missing a column is still recognised, so its message can say which column is missing
    const missing = readAnyExchange(grid('year,applicant_id,outcome\n2025,A,candidate\n'), 'm.csv');
    expect(missing.kind).toBe('applications');
    expect(formatProblem(missing.problems[0]!, 'zh')).toBe('文件 m.csv 第 1 行：缺少列“awarded”（表头应包含：year, applicant_id, outcome, awarded）');
    expect(detectKind(grid('year,applicant_id,name\n'))).toBeUndefined();
    const r = readAnyExchange(grid('姓名,电话\n张三,1\n'), 'z.csv');
    expect(r.kind).toBeUndefined();
    expect(formatProblem(r.problems[0]!, 'zh')).toContain('文件 z.csv 第 1 行：无法识别文件类型：表头（姓名, 电话）');
  });

  it('every code the exchange reader can raise has a message', () => {
    for (const c of ['EXCHANGE_BAD_YEAR', 'EXCHANGE_NOT_A_NUMBER', 'EXCHANGE_NEGATIVE', 'EXCHANGE_BAD_RANK', 'EXCHANGE_BAD_VALUE', 'EXCHANGE_BAD_DATE', 'EXCHANGE_UNKNOWN_KIND', 'EXCHANGE_DUPLICATE_ROW', 'EXCHANGE_CONFLICTING_ROW']) {
      expect(hasMessage(c), c).toBe(true);
    }
  });
});

describe('exchange merge', () => {
  it('merges several years and kinds, counts an exact repeat once, and reports a conflicting repeat', () => {
    const y24 = readExchange(APPLICATIONS, grid('year,applicant_id,outcome,awarded\n2024,A,candidate,yes\n2024,B,outside_quota,no\n'), '2024.csv');
    const y25 = readExchange(APPLICATIONS, grid('year,applicant_id,outcome,awarded\n2025,A,candidate,yes\n2024,B,outside_quota,no\n2024,A,candidate,no\n'), '2025.csv');
    const cats = readExchange(CATEGORY_SCORES, grid('year,applicant_id,stage,category,points,max_points\n2025,A,material,4.1,60,100\n'), 'cat.csv');
    const m = mergeExchange([y24, y25, cats]);
    expect(m.data.applications.map((r) => `${r.year}${r.applicantId}${r.awarded ? '+' : '-'}`)).toEqual(['2024A+', '2024B-', '2025A+']);
    expect(m.data.categoryScores).toHaveLength(1);
    expect(m.notices.map((p) => [p.code, p.where?.file, p.where?.row, p.params?.firstFile, p.params?.firstRow])).toEqual([['EXCHANGE_DUPLICATE_ROW', '2025.csv', 3, '2024.csv', 3]]);
    expect(m.problems.map((p) => [p.code, p.where?.row, p.params?.key])).toEqual([['EXCHANGE_CONFLICTING_ROW', 4, '2024 A']]);
  });
});
