import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../core/i18n/catalog';
import { checkAssignments, type AdjustedAssignment } from '../../core/panel/adjust';
import type { Expert, PanelApplicant } from '../../core/panel/pool';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { ZHONGMU } from '../../core/profiles/zhongmu';

function expert(id: string, over: Partial<Expert> = {}): Expert {
  return { id, name: `专家${id}`, specialties: ['装备制造'], certificate: `C-${id}`, employer: [], consulting: [], shares: [], otherTies: [], complaintPending: false, ...over };
}
const A1: PanelApplicant = { id: '91500235MA60123459', name: '重庆云峰机械有限公司', industry: '装备制造' };
const A2: PanelApplicant = { id: '91500235MA5U0AAA1X', name: '云阳县江口食品有限公司', industry: '食品' };
const pool = [expert('E1'), expert('E2'), expert('E3'), expert('E4', { shares: ['重庆云峰机械有限公司'] }), expert('E5', { complaintPending: true })];
const group = (applicantId: string, reviewers: string[], stage: 'material' | 'site' = 'material'): AdjustedAssignment[] =>
  reviewers.map((reviewerId, i) => ({ reviewerId, applicantId, stage, where: { file: '调整', row: i + 2 } }));
const zh = (ps: ReturnType<typeof checkAssignments>) => ps.map((p) => formatProblem(p, 'zh'));

describe('panels changed by hand after the draw', () => {
  it('YR4.1: swapping in a reviewer who holds shares in the applicant is refused, naming the row and the reason', () => {
    const r = checkAssignments(YUNYANG_2022, pool, [A1], group(A1.id, ['E1', 'E2', 'E4']));
    expect(zh(r)).toEqual(['文件 调整 第 4 行：专家E4 须回避 重庆云峰机械有限公司：持股（YR4.1），不能安排其评审']);
  });

  it('YR4.2: a reviewer with a complaint pending reviews nobody', () => {
    const r = checkAssignments(YUNYANG_2022, pool, [A2], group(A2.id, ['E1', 'E2', 'E5']));
    expect(r.map((p) => [p.code, p.params?.clause, p.where?.row])).toEqual([['PANEL_CONFLICT', 'YR4.2', 4]]);
  });

  it('Z18: Zhongmu\'s clause is named for the same conflict', () => {
    const r = checkAssignments(ZHONGMU, pool, [A1], group(A1.id, ['E1', 'E2', 'E4']));
    expect(r.map((p) => p.params?.clause)).toEqual(['Z18']);
  });

  it('Y16.3: a group left with 2 or grown to 6 reviewers is refused; 3 and 5 stand; nobody assigned is no group', () => {
    const six = [...pool.slice(0, 3), expert('E6'), expert('E7'), expert('E8')];
    expect(checkAssignments(YUNYANG_2022, six, [A1, A2], group(A1.id, ['E1', 'E2', 'E3']))).toEqual([]);
    expect(checkAssignments(YUNYANG_2022, six, [A1], group(A1.id, ['E1', 'E2', 'E3', 'E6', 'E7']))).toEqual([]);
    expect(zh(checkAssignments(YUNYANG_2022, six, [A1], group(A1.id, ['E1', 'E2'])))).toEqual(['重庆云峰机械有限公司 的资料评审组有 2 名评审员，应为 3–5 人（Y16.3）']);
    expect(checkAssignments(YUNYANG_2022, six, [A1], group(A1.id, ['E1', 'E2', 'E3', 'E6', 'E7', 'E8'], 'site')).map((p) => p.params?.count)).toEqual([6]);
  });

  it('a reviewer outside the pool, an applicant outside the roster and a repeated line are each named', () => {
    const r = checkAssignments(YUNYANG_2022, pool, [A1], [
      ...group(A1.id, ['E1', 'E2', 'E3']),
      { reviewerId: 'E1', applicantId: A1.id, stage: 'material', where: { file: '调整', row: 5 } },
      { reviewerId: 'X9', applicantId: A1.id, stage: 'material', where: { file: '调整', row: 6 } },
      { reviewerId: 'E1', applicantId: 'NOPE', stage: 'material', where: { file: '调整', row: 7 } },
    ]);
    expect(r.map((p) => [p.code, p.where?.row])).toEqual([
      ['PANEL_DUPLICATE_ASSIGNMENT', 5],
      ['PANEL_NOT_IN_POOL', 6],
      ['PANEL_UNKNOWN_APPLICANT', 7],
    ]);
  });
});
