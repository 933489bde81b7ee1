import { Decimal } from '../decimal';
import { STAGE_VOCAB } from '../exchange/vocab';
import type { FeedbackReport } from './feedback';
import type { DecisionMemo } from './memo';
import type { Scenario } from './sensitivity';

const esc = (s: string | number) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>
@page { size: A4 portrait; margin: 14mm 14mm 16mm; }
body { font-family: "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-size: 10.5pt; color: #111; margin: 0; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4mm; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; border-bottom: 1px solid #999; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
th, td { border: 1px solid #777; padding: 1.2mm 1.6mm; vertical-align: top; }
th { background: #eee; font-weight: 600; }
td.n { text-align: right; white-space: nowrap; }
.note { color: #333; font-size: 9pt; }
.section { page-break-after: always; break-after: page; }
.section:last-child { page-break-after: auto; break-after: auto; }
.sign td { height: 12mm; }
</style></head><body>
${body}
</body></html>
`;
}

const pct = (w: string) => new Decimal(w).times(100).toString();

const SCENARIO_ZH: Record<Scenario['id'], string> = {
  official: '正式结果',
  material_weight_minus_10: '资料评审权重减 10 个百分点',
  material_weight_plus_10: '资料评审权重加 10 个百分点',
  leniency_removed: '消除评审员宽严差异（按评审员标准化）',
};

/** One printable page for the committee (Y16.9, Z17.7). */
export function memoHtml(m: DecisionMemo, names: ReadonlyMap<string, string> = new Map()): string {
  const nm = (id: string) => names.get(id) ?? m.lines.find((l) => l.applicantId === id)?.name ?? id;
  const title = `${m.year} 年度${m.profile.name.zh}评选决策参考`;
  const rows = m.lines
    .map((l) => `<tr><td class="n">${l.rank ?? ''}</td><td>${esc(l.name)}</td><td>${esc(l.industry)}</td><td class="n">${esc(l.score)}</td><td>${esc(l.outcomeLabel)}</td><td>${esc(l.clause)}</td></tr>`)
    .join('\n');
  const summary = m.vacant
    ? `<p><b>本年度无单位达到条件，奖项空缺（${esc(m.vacancyClause ?? '')}）。</b></p>`
    : `<p>推荐候选单位 ${m.candidates.length} 家：${m.candidates.map((c) => esc(c.name)).join('、') || '无'}。</p>` +
      (m.tiedForVote.length
        ? `<p><b>并列待表决：</b>${m.tiedForVote.map((c) => esc(c.name)).join('、')} —— 经全部排序规则仍并列，争最后名额，须由评选委员会表决（${esc(m.profile.tieClause)}）。</p>`
        : '');
  const industries = m.industries.length
    ? `<p>候选单位行业分布（行业代表性，Z17.7）：${m.industries.map((i) => `${esc(i.industry || '未填')} ${i.count} 家`).join('；')}。</p>`
    : '';
  const scen = m.scenarios
    .map((s) => {
      const changed = s.added.length || s.removed.length;
      const w = s.weights ? `（资料 ${pct(s.weights.material)}% / 现场 ${pct(s.weights.site)}%）` : '';
      const detail = s.id === 'official' ? '—' : changed ? `新增：${s.added.map(nm).join('、') || '无'}；移出：${s.removed.map(nm).join('、') || '无'}` : '候选名单不变';
      const unknown = s.unknown.length ? `；另有 ${s.unknown.map(nm).join('、')} 将达到资料评审分数线，但未经现场评审，结果无法判断` : '';
      return `<tr><td>${SCENARIO_ZH[s.id]}${w}</td><td>${s.candidates.map(nm).map(esc).join('、') || '无'}</td><td>${esc(detail + unknown)}</td></tr>`;
    })
    .join('\n');
  const body = `<div class="section">
<h1>${esc(title)}</h1>
<p class="note">依据：${esc(m.profile.sources.join('；'))}。规则配置：${esc(m.profile.id)}。</p>
<h2>一、评选结果</h2>
${summary}
${industries}
<table><thead><tr><th>排名</th><th>单位名称</th><th>行业</th><th>${m.profile.ranking.score === 'site' ? '现场评审得分' : '综合得分'}</th><th>结果</th><th>依据条款</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>二、稳健性分析（参考意见，不改变正式结果）</h2>
<table><thead><tr><th>情形</th><th>候选单位</th><th>与正式结果相比</th></tr></thead><tbody>
${scen}
</tbody></table>
<p class="note">说明：稳健性分析仅供评选委员会参考，正式结果以评审得分和《评选办法》规定为准。</p>
<h2>三、评选委员会意见</h2>
<table class="sign"><tbody><tr><td style="width:30%">到会成员单位数（须超过三分之二）</td><td></td></tr>
<tr><td>表决结果</td><td></td></tr><tr><td>主任签字</td><td></td></tr><tr><td>日期</td><td></td></tr></tbody></table>
</div>`;
  return page(title, body);
}

/** The review reports of one or more applicants, one printable section each (Y16.3). */
export function feedbackHtml(reports: readonly FeedbackReport[], title: string): string {
  const sections = reports.map((r) => {
    const cats = r.categories
      .map((c) => {
        const items = c.items
          .map(
            (i) =>
              `<tr><td>${esc(i.clause)}</td><td>${esc(i.name)}</td><td class="n">${i.points}</td><td class="n">${i.percent === null ? '' : `${i.percent}%`}</td><td class="n">${i.band ?? ''}</td><td>${i.remarks.map(esc).join('<br>')}</td></tr>`,
          )
          .join('\n');
        return `<tr><th>${esc(c.clause)}</th><th>${esc(c.name)}</th><th class="n">${c.points}</th><th class="n" colspan="2">${esc(c.score)}</th><th></th></tr>\n${items}`;
      })
      .join('\n');
    return `<div class="section">
<h1>${esc(title)}</h1>
<p><b>申报单位：</b>${esc(r.name)}（${esc(r.applicantId)}）<br><b>评审阶段：</b>${STAGE_VOCAB[r.stage].zh}　<b>得分：</b>${esc(r.total)} 分<br><b>评审结论：</b>${esc(r.reached)}</p>
<table><thead><tr><th>条款</th><th>评分项目</th><th>分值</th><th>得分率</th><th>档次</th><th>评审意见（优势与改进机会）</th></tr></thead>
<tbody>
${cats}
</tbody></table>
<p class="note">档次依据 GB/Z 19579《卓越绩效评价准则实施指南》评分指南（1–6 档）。本报告由评审组合议形成，不含评审员个人信息。</p>
</div>`;
  });
  return page(title, sections.join('\n'));
}
