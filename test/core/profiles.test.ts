import { describe, expect, it } from 'vitest';
import { GBT19580_2004, GBT19580_2012, leafItems } from '../../core/profiles/criteria';
import { getProfile, loadProfile, SHIPPED_PROFILES, validateProfile } from '../../core/profiles/load';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { ZHONGMU } from '../../core/profiles/zhongmu';
import { formatProblem } from '../../core/i18n/catalog';

describe('criteria trees', () => {
  it('Y15: GB/T 19580-2004 has the seven category points of the Yunyang rules, 1000 in all', () => {
    const points = Object.fromEntries(GBT19580_2004.categories.map((c) => [c.name.zh, c.points]));
    expect(points).toEqual({
      领导: 100,
      战略: 80,
      顾客与市场: 90,
      资源: 120,
      过程管理: 110,
      '测量、分析与改进': 100,
      经营结果: 400,
    });
    expect(GBT19580_2004.total).toBe(1000);
  });

  it('Y15: the 2004 tree has 22 scored items and each category is the sum of its items', () => {
    expect(leafItems(GBT19580_2004)).toHaveLength(22);
    for (const c of GBT19580_2004.categories) expect(c.items.reduce((s, i) => s + i.points, 0)).toBe(c.points);
  });

  it('CRITERIA.md: the 2012 tree starts each category at x.2 and adds up to 1000', () => {
    expect(GBT19580_2012.categories.map((c) => c.items[0]!.clause)).toEqual(['4.1.2', '4.2.2', '4.3.2', '4.4.2', '4.5.2', '4.6.2', '4.7.2']);
    expect(validateProfile({ ...YUNYANG_2022, criteria: GBT19580_2012 })).toEqual([]);
  });

  it('CRITERIA.md: rows not confirmed against the standard carry confirmed=false', () => {
    const confirmed2004 = leafItems(GBT19580_2004).filter((i) => i.confirmed).map((i) => i.clause);
    expect(confirmed2004).toEqual(['4.1.1', '4.1.2', '4.3.1', '4.3.2']);
    expect(leafItems(GBT19580_2012).filter((i) => i.confirmed).map((i) => i.clause)).toEqual(['4.1.2', '4.1.3', '4.1.4']);
  });
});

describe('shipped profiles', () => {
  it('both shipped profiles pass their own validation', () => {
    for (const p of Object.values(SHIPPED_PROFILES)) expect(validateProfile(p)).toEqual([]);
  });

  it('Y16.3, Y16.6.1-Y16.6.3: yunyang-2022 carries the cut-offs 500/350/400, weights 20/80 and top 2', () => {
    const p = getProfile('yunyang-2022')!;
    expect(p.cutoffs.material).toEqual({ value: '500', clause: 'Y16.3' });
    expect(p.cutoffs.review).toEqual({ value: '350', clause: 'Y16.6.2' });
    expect(p.cutoffs.composite).toEqual({ value: '400', clause: 'Y16.6.3' });
    expect(p.weights).toMatchObject({ material: '0.2', site: '0.8' });
    expect(p.quota.max).toBe(2);
    expect(p.defense).toMatchObject({ max: 100, minScorers: 5, advisors: { min: 1, max: 2 } });
  });

  it('Z4, Z17.7, Z28: zhongmu has no defense, no numeric cut-off, ranks by site score, at most 5, repeat winners outside', () => {
    expect(ZHONGMU.defense).toBeNull();
    expect(ZHONGMU.cutoffs).toEqual({ material: null, review: null, composite: null });
    expect(ZHONGMU.ranking.score).toBe('site');
    expect(ZHONGMU.quota).toEqual({ max: 5, clause: 'Z4' });
    expect(ZHONGMU.repeatWinners).toEqual({ outsideQuota: true, clause: 'Z28' });
  });
});

describe('loading a county profile from JSON', () => {
  const json = () => JSON.parse(JSON.stringify({ ...YUNYANG_2022, criteria: 'gbt19580-2004', id: 'my-county' }));

  it('a full JSON copy of a shipped profile loads', () => {
    const r = loadProfile(json());
    expect(r.ok).toBe(true);
  });

  it('basedOn fills what the JSON leaves out', () => {
    const r = loadProfile({ basedOn: 'zhongmu', id: 'zhongmu-2026', cutoffs: { material: { value: '450', clause: 'local' }, review: null, composite: null } });
    expect(r.ok && r.profile.cutoffs.material?.value).toBe('450');
    expect(r.ok && r.profile.quota.max).toBe(5);
  });

  const fields = (j: unknown) => {
    const r = loadProfile(j);
    return r.ok ? [] : r.problems.map((p) => p.where?.field);
  };

  it('Z16: a county tree whose items do not add up to the category is refused, naming the field', () => {
    const j = json();
    j.criteria = JSON.parse(JSON.stringify(GBT19580_2004));
    j.criteria.categories[3].items[0].points = 41;
    expect(fields(j)).toEqual(['criteria.categories.3.points']);
  });

  it('weights that do not sum to 1 are refused', () => {
    const j = json();
    j.weights.site = '0.7';
    expect(fields(j)).toEqual(['weights']);
  });

  it('a cut-off outside the scale is refused', () => {
    const j = json();
    j.cutoffs.material.value = '1001';
    expect(fields(j)).toEqual(['cutoffs.material.value']);
  });

  it('a step that does not divide 100 is refused', () => {
    const j = json();
    j.scoring.step = 7;
    expect(fields(j)).toEqual(['scoring.step']);
  });

  it('a quota below 1 is refused', () => {
    const j = json();
    j.quota.max = 0;
    expect(fields(j)).toEqual(['quota.max']);
  });

  it('a misspelt field is refused by name, and the message is in Chinese and English', () => {
    const j = json();
    j.qouta = 3;
    const r = loadProfile(j);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.code).toBe('PROFILE_UNKNOWN_FIELD');
      expect(formatProblem(r.problems[0]!, 'zh')).toContain('未知字段');
      expect(formatProblem(r.problems[0]!, 'en')).toContain('qouta');
    }
  });

  it('a composite ranking without a defense stage is refused', () => {
    const j = json();
    j.defense = null;
    expect(fields(j)).toEqual(['ranking.score', 'cutoffs.composite']);
  });
});

describe('loading a county profile whose category total is off', () => {
  it('Z16: categories that do not add up to the declared total are refused at criteria.total', () => {
    const j = JSON.parse(JSON.stringify({ ...YUNYANG_2022, id: 'x' }));
    j.criteria.categories[0].points = 110;
    j.criteria.categories[0].items[0].points = 70;
    const r = loadProfile(j);
    expect(r.ok ? [] : r.problems.map((p) => p.where?.field)).toEqual(['criteria.total']);
  });
});
