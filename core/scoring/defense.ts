import { Decimal } from '../decimal';
import type { Profile } from '../profiles/profile';

/**
 * The defense score of one applicant (Y16.4): the mean of its scorers, rounded half up to 2 decimals; with
 * `trimmed_mean` and 5 or more scorers, the highest and the lowest are dropped first (CRITERIA.md).
 */
export function defenseScore(profile: Profile, scores: readonly Decimal[]): Decimal {
  if (!profile.defense) throw new Error(`profile ${profile.id} has no defense stage`);
  if (scores.length === 0) throw new Error('defense score of no scorers');
  let used = [...scores];
  if (profile.defense.aggregate === 'trimmed_mean' && used.length >= 5) {
    used = used.sort((a, b) => a.cmp(b)).slice(1, -1);
  }
  const sum = used.reduce((s, v) => s.plus(v), new Decimal(0));
  return sum.div(used.length).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}
