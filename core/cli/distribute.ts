import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { collect, differenceProblem, type Returned } from '../distribute/collect';
import { distribute } from '../distribute/distribute';
import type { Lang } from '../i18n/lang';
import { problem, type Problem } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import { L } from '../workbook/labels';
import type { Stage } from '../workbook/plan';
import { report, type Output } from './io';
import { resolveProfile } from './profile-arg';

function readBytes(path: string): { bytes?: Uint8Array; problems: Problem[] } {
  try {
    return { bytes: new Uint8Array(readFileSync(path)), problems: [] };
  } catch (e) {
    return { problems: [problem('CLI_FILE_UNREADABLE', { detail: (e as Error).message }, { file: basename(path) })] };
  }
}

function profileOf(arg: string | undefined): { profile?: Profile; problems: Problem[] } {
  return arg ? resolveProfile(arg) : { problems: [] };
}

/** Write next to the target and rename over it: a crash leaves the old master or the new one, never half a file. */
function replaceFile(path: string, bytes: Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

/** `scorebook distribute MASTER.xlsx --stage S --out DIR`: one file per reviewer of the stage; the master is only read. */
export async function runDistribute(masterFile: string, stage: Stage, outDir: string, profileArg: string | undefined, lang: Lang, out: Output): Promise<number> {
  const m = readBytes(masterFile);
  const p = profileOf(profileArg);
  if (!m.bytes || (profileArg && !p.profile)) {
    report(out, [...m.problems, ...p.problems], lang);
    return 2;
  }
  const r = await distribute(m.bytes, stage, p.profile);
  if (r.problems.length) {
    report(out, r.problems.map((x) => ({ ...x, where: { file: basename(masterFile), ...x.where } })), lang);
    return 2;
  }
  mkdirSync(outDir, { recursive: true });
  for (const f of r.files) {
    writeFileSync(join(outDir, f.name), f.bytes);
    out.stdout(lang === 'zh' ? `已写入 ${join(outDir, f.name)}：${f.reviewerName}（${f.reviewerId}），${f.applicants} 家申报单位\n` : `wrote ${join(outDir, f.name)}: ${f.reviewerName} (${f.reviewerId}), ${f.applicants} applicant(s)\n`);
  }
  out.stdout(
    lang === 'zh'
      ? `${L.stage[stage].zh}：共 ${r.files.length} 份评审员文件。提醒评审员交回后删除自留副本（Z26、YR6.7）。\n`
      : `${L.stage[stage].en}: ${r.files.length} reviewer file(s). Remind reviewers to delete their copies once returned (Z26, YR6.7).\n`,
  );
  return 0;
}

/**
 * `scorebook collect MASTER.xlsx FILES... [--yes]`: read returned files into the master. Exit 0 when every file was
 * taken in; 2 when any was refused or waits for confirmation. The master is rewritten only when something was taken.
 */
export async function runCollect(masterFile: string, files: readonly string[], confirm: boolean, profileArg: string | undefined, lang: Lang, out: Output, now = new Date()): Promise<number> {
  const m = readBytes(masterFile);
  const p = profileOf(profileArg);
  if (!m.bytes || (profileArg && !p.profile)) {
    report(out, [...m.problems, ...p.problems], lang);
    return 2;
  }
  const returned: Returned[] = [];
  const unreadable: Problem[] = [];
  for (const f of files) {
    const b = readBytes(f);
    if (b.bytes) returned.push({ name: basename(f), bytes: b.bytes });
    else unreadable.push(...b.problems);
  }
  const r = await collect(m.bytes, returned, { confirm, now, ...(p.profile ? { profile: p.profile } : {}) });
  if (r.problems.length) {
    report(out, r.problems.map((x) => ({ ...x, where: { file: basename(masterFile), ...x.where } })), lang);
    return 2;
  }
  report(out, unreadable, lang);
  report(out, r.warnings.map((x) => ({ ...x, where: { file: basename(masterFile), ...x.where } })), lang);
  const zh = lang === 'zh';
  for (const a of r.accepted) {
    out.stdout(
      zh
        ? `已收入 ${a.file}：评审员 ${a.reviewerId}，${L.stage[a.stage].zh}，新增 ${a.added} 格${a.differences.length ? `，经确认修改 ${a.differences.length} 格` : ''}\n`
        : `accepted ${a.file}: reviewer ${a.reviewerId}, ${L.stage[a.stage].en}, ${a.added} cell(s) added${a.differences.length ? `, ${a.differences.length} changed as confirmed` : ''}\n`,
    );
    report(out, [...a.warnings, ...a.differences.map((d) => differenceProblem(a.file, d))], lang);
  }
  for (const h of r.held) {
    report(out, [problem('DIST_AWAITING_CONFIRMATION', { reviewer: h.reviewerId, count: h.differences.length }, { file: h.file }), ...h.differences.map((d) => differenceProblem(h.file, d))], lang);
  }
  for (const x of r.refused) report(out, x.problems, lang);
  for (const s of r.frozen) out.stdout(zh ? `${L.stage[s].zh}的独立评分已全部收齐，已冻结（合议不会改动冻结值）\n` : `${L.stage[s].en}: all independent scores are in and frozen (consensus cannot change them)\n`);
  if (r.bytes) {
    replaceFile(masterFile, r.bytes);
    out.stdout(zh ? `已更新 ${masterFile}\n` : `updated ${masterFile}\n`);
  } else out.stdout(zh ? `主工作簿未改动：${masterFile}\n` : `master unchanged: ${masterFile}\n`);
  return r.refused.length || r.held.length || unreadable.length ? 2 : 0;
}
