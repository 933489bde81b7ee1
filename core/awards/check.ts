import { addYears, yearOf } from '../calendar/dates';
import { problem, type Problem } from '../i18n/problem';
import type { Profile } from '../profiles/profile';
import type { AwardRecord, ObligationEvent } from './records';
import { validUntil } from './obligations';

/**
 * What the award history itself breaks, each with its clause: a repeat award while the first is still valid or
 * paid (Z28), more awards in a year than the quota (Z4), an award within the ban after a revocation (Z25, Y21), a
 * revocation without its reason, a prize other than the profile's (Z4). The secretariat reads these as warnings.
 */
export function checkAwards(profile: Profile, awards: readonly AwardRecord[], events: readonly ObligationEvent[] = []): Problem[] {
  const life = profile.awardLife;
  if (!life) return [];
  const out: Problem[] = [];
  const sorted = [...awards].sort((x, y) => (x.awarded < y.awarded ? -1 : x.awarded > y.awarded ? 1 : 0));
  const perYear = new Map<number, AwardRecord[]>();
  for (const a of sorted) {
    const w = a.where;
    const earlier = sorted.filter((b) => b !== a && b.applicantId === a.applicantId && b.awarded < a.awarded);
    const stillValid = earlier.find((b) => validUntil(life, b) >= a.awarded && !(b.revokedOn && b.revokedOn < a.awarded));
    if (stillValid) out.push(problem('AWARD_WHILE_VALID', { applicant: a.applicantId, date: a.awarded, earlier: stillValid.awarded, until: validUntil(life, stillValid), clause: life.validity.clause }, w));
    const banned = earlier.find((b) => b.revokedOn && addYears(b.revokedOn, life.ban.value) > a.awarded);
    if (banned) out.push(problem('AWARD_DURING_BAN', { applicant: a.applicantId, date: a.awarded, revoked: banned.revokedOn!, until: addYears(banned.revokedOn!, life.ban.value), clause: life.ban.clause }, w));
    if (a.repeat && earlier.length === 0) out.push(problem('AWARD_REPEAT_WITHOUT_EARLIER', { applicant: a.applicantId, clause: profile.repeatWinners.clause }, w));
    if (!a.repeat && earlier.length > 0 && profile.repeatWinners.outsideQuota) {
      out.push(problem('AWARD_NOT_MARKED_REPEAT', { applicant: a.applicantId, earlier: earlier[earlier.length - 1]!.awarded, clause: profile.repeatWinners.clause }, w));
    }
    if (a.repeat && life.repeatWithoutPrize && !a.prize.isZero()) out.push(problem('AWARD_REPEAT_PRIZE', { applicant: a.applicantId, prize: a.prize.toFixed(), clause: profile.repeatWinners.clause }, w));
    if (!a.repeat && life.prize && !a.prize.eq(life.prize.amount) && !(a.revokedOn && a.prize.isZero())) {
      out.push(problem('AWARD_PRIZE', { applicant: a.applicantId, prize: a.prize.toFixed(), expected: life.prize.amount, clause: life.prize.clause }, w));
    }
    if (a.revokedOn && !a.revokeReason.trim()) out.push(problem('AWARD_REVOKE_NO_REASON', { applicant: a.applicantId, clause: life.ban.clause }, w));
    const inQuota = !(a.repeat && profile.repeatWinners.outsideQuota);
    if (inQuota) {
      const y = yearOf(a.awarded);
      perYear.set(y, [...(perYear.get(y) ?? []), a]);
    }
  }
  for (const [year, list] of perYear) {
    if (list.length > profile.quota.max) out.push(problem('AWARD_OVER_QUOTA', { year, count: list.length, max: profile.quota.max, clause: profile.quota.clause }, list[profile.quota.max]!.where));
  }
  for (const e of events) {
    if (e.kind === 'annual_report' || !e.revoked) continue;
    const revoked = sorted.some((a) => a.applicantId === e.applicantId && a.revokedOn && a.awarded <= e.date);
    if (!revoked) out.push(problem('AWARD_REVOKED_NOT_RECORDED', { applicant: e.applicantId, date: e.date }, e.where));
  }
  return out;
}
