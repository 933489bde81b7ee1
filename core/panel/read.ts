import type { ColumnSpec, TableRecord } from '../exchange/table';
import { problem, type Problem } from '../i18n/problem';
import { normaliseTyped } from '../scoring/entry';
import type { Expert } from './pool';

type PoolField = 'expert_id' | 'name' | 'specialties' | 'certificate' | 'employer' | 'consulting' | 'shares' | 'other_ties' | 'complaint_pending';

/** pool.csv for `scorebook draw`: lists in a cell are separated by ; or ；. */
export const POOL_COLUMNS: ColumnSpec<PoolField>[] = [
  { key: 'expert_id', labels: ['评审员编号', '专家编号', '编号'], required: true },
  { key: 'name', labels: ['姓名'], required: true },
  { key: 'specialties', labels: ['专业', '专业领域', '行业'], required: true },
  { key: 'certificate', labels: ['证书编号', '评审员证书编号'], required: true },
  { key: 'employer', labels: ['任职单位', '工作单位'], required: false },
  { key: 'consulting', labels: ['兼职咨询单位', '兼职咨询'], required: false },
  { key: 'shares', labels: ['持股单位', '持股'], required: false },
  { key: 'other_ties', labels: ['其他利害关系'], required: false },
  { key: 'complaint_pending', labels: ['待处理投诉', '投诉待处理'], required: false },
];

const YES = new Set(['yes', 'y', 'true', '1', '是', '√']);
const NO = new Set(['', 'no', 'n', 'false', '0', '否']);

export function readPool(records: readonly TableRecord<PoolField>[], file: string): { experts: Expert[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const experts: Expert[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    const at = (k: PoolField) => ({ file, row: r.row, column: r.columns[k]!, field: k });
    const v = (k: PoolField) => normaliseTyped(r.values[k] ?? '');
    const list = (k: PoolField) =>
      v(k)
        .split(/[;；]/)
        .map((s) => s.trim())
        .filter(Boolean);
    for (const k of ['expert_id', 'name', 'specialties', 'certificate'] as const) if (!v(k)) problems.push(problem('TABLE_REQUIRED', undefined, at(k)));
    const id = v('expert_id');
    if (id && seen.has(id)) problems.push(problem('PANEL_DUPLICATE_EXPERT', { id }, at('expert_id')));
    seen.add(id);
    const c = v('complaint_pending').toLowerCase();
    if (!YES.has(c) && !NO.has(c)) problems.push(problem('ELIG_BAD_YES_NO', { text: r.values.complaint_pending ?? '' }, at('complaint_pending')));
    experts.push({
      id,
      name: v('name'),
      specialties: list('specialties'),
      certificate: v('certificate'),
      employer: list('employer'),
      consulting: list('consulting'),
      shares: list('shares'),
      otherTies: list('other_ties'),
      complaintPending: YES.has(c),
    });
  }
  return { experts, problems };
}
