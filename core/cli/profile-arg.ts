import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { problem, type Problem } from '../i18n/problem';
import { getProfile, loadProfile } from '../profiles/load';
import type { Profile } from '../profiles/profile';

/** `--profile` is a shipped id or the path of a county's JSON profile. */
export function resolveProfile(arg: string | undefined): { profile?: Profile; problems: Problem[] } {
  if (!arg) return { problems: [problem('CLI_USAGE', { detail: '--profile ID' })] };
  const shipped = getProfile(arg);
  if (shipped) return { profile: shipped, problems: [] };
  if (!arg.toLowerCase().endsWith('.json')) return { problems: [problem('CLI_UNKNOWN_PROFILE', { value: arg })] };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(arg, 'utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    return { problems: [problem('CLI_FILE_UNREADABLE', { detail: (e as Error).message }, { file: basename(arg) })] };
  }
  const r = loadProfile(json);
  if (!r.ok) return { problems: r.problems.map((p) => ({ ...p, where: { file: basename(arg), ...p.where } })) };
  return { profile: r.profile, problems: [] };
}
