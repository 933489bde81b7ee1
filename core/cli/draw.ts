import { readApplicants, APPLICANT_COLUMNS } from '../eligibility/read';
import { toCsv } from '../exchange/csv-write';
import type { Lang } from '../i18n/lang';
import { problem, type Problem } from '../i18n/problem';
import { drawPanels, MAX_SEED, type DrawOptions } from '../panel/draw';
import { recusalReasonText } from '../panel/messages';
import { readPool, POOL_COLUMNS } from '../panel/read';
import type { Recusal } from '../panel/recusal';
import type { Profile } from '../profiles/profile';
import { readCsvTable, report, writeCsvOutput, type Output } from './io';
import { fileName } from './tally';

export interface DrawArgs {
  seed: string | undefined;
  size: string | undefined;
  advisors: string | undefined;
}

const wholeNumber = (s: string) => (/^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN);

/**
 * `scorebook draw`: the expert pool and the applicants in; the review groups (leader first), the defense panel, and
 * every recusal with its reason out. The seed is printed in every row so that anyone can repeat the draw.
 */
export function runDraw(profile: Profile, poolFile: string, applicantsFile: string, args: DrawArgs, outFile: string | undefined, lang: Lang, out: Output): number {
  if (args.seed === undefined) {
    report(out, [problem('PANEL_SEED_REQUIRED')], lang);
    return 2;
  }
  const seed = wholeNumber(args.seed);
  if (!Number.isInteger(seed) || seed > MAX_SEED) {
    report(out, [problem('PANEL_BAD_SEED', { value: args.seed, max: MAX_SEED })], lang);
    return 2;
  }
  const poolTable = readCsvTable(poolFile, POOL_COLUMNS);
  const appTable = readCsvTable(applicantsFile, APPLICANT_COLUMNS);
  report(out, [...poolTable.notices, ...appTable.notices].map((n) => ({ ...n, severity: 'warning' as const })), lang);
  const problems: Problem[] = [...poolTable.problems, ...appTable.problems];
  const pool = readPool(poolTable.records, fileName(poolFile));
  // The draw needs only id, name and industry: the eligibility columns are read but not required here.
  const apps = readApplicants(appTable.records, fileName(applicantsFile));
  problems.push(...pool.problems, ...apps.problems);
  const seen = new Set<string>();
  for (const a of apps.applicants) {
    if (seen.has(a.creditCode)) problems.push(problem('PANEL_DUPLICATE_APPLICANT', { id: a.creditCode }, a.where));
    seen.add(a.creditCode);
  }
  if (problems.length) {
    report(out, problems, lang);
    return 2;
  }
  // Text that is not a whole number is reported as typed, with the range the profile allows.
  if (args.size !== undefined && Number.isNaN(wholeNumber(args.size))) {
    report(out, [problem('PANEL_GROUP_SIZE', { value: args.size, min: profile.group.min, max: profile.group.max, clause: profile.group.clause })], lang);
    return 2;
  }
  if (args.advisors !== undefined && Number.isNaN(wholeNumber(args.advisors))) {
    const d = profile.defense;
    report(out, [problem('PANEL_ADVISORS', { value: args.advisors, min: d?.advisors.min ?? 0, max: d?.advisors.max ?? 0, clause: d?.clause ?? '' })], lang);
    return 2;
  }
  const options: DrawOptions = { seed };
  if (args.size !== undefined) options.groupSize = wholeNumber(args.size);
  if (args.advisors !== undefined) options.defense = { advisors: wholeNumber(args.advisors) };
  const applicants = apps.applicants.map((a) => ({ id: a.creditCode, name: a.name, industry: a.industry }));
  const r = drawPanels(profile, pool.experts, applicants, options);
  if (!r.ok) {
    report(out, r.problems, lang);
    return 2;
  }
  const rows: (string | number)[][] = [];
  const recusalRows = (group: string, industry: string, recused: readonly Recusal[]) => {
    for (const x of recused) {
      const e = pool.experts.find((p) => p.id === x.expertId)!;
      rows.push([seed, group, industry, 'recused', e.id, e.name, x.applicantId ?? '', `${x.reason}: ${recusalReasonText(x.reason, lang)}`, x.clause]);
    }
  };
  for (const g of r.groups) {
    const list = g.applicants.map((a) => a.id).join(';');
    g.members.forEach((e, i) => rows.push([seed, g.id, g.industry, i === 0 ? 'leader' : 'member', e.id, e.name, list, '', i === 0 ? profile.group.clause : '']));
    recusalRows(g.id, g.industry, g.recused);
  }
  if (r.defense && profile.defense) {
    const list = applicants.map((a) => a.id).sort().join(';');
    for (const e of r.defense.scorers) rows.push([seed, 'defense', '', 'scorer', e.id, e.name, list, '', profile.defense.clause]);
    for (const e of r.defense.advisors) rows.push([seed, 'defense', '', 'advisor', e.id, e.name, list, '', profile.defense.clause]);
    recusalRows('defense', '', r.defense.recused);
  }
  writeCsvOutput(out, toCsv(['seed', 'group', 'industry', 'role', 'expert_id', 'expert_name', 'applicants', 'reason', 'clause'], rows, { eol: '\n' }), outFile);
  out.stderr((lang === 'zh' ? `随机种子 ${seed}：用同一专家库、申报名单和种子可复核本次抽取` : `seed ${seed}: the same pool, applicants and seed repeat this draw`) + '\n');
  return 0;
}
