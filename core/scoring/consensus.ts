import { bandOf, type Profile } from '../profiles/profile';

/**
 * Mean of whole percentages rounded half up to the nearest step (CRITERIA.md: 60,65,65 -> 63.33 -> 65;
 * 60,60,65,65 -> 62.5 -> 65). Integer arithmetic: round(sum / (n*step)) * step, half up, no float in between.
 */
export function meanRoundedToStep(pcts: readonly number[], step: number): number {
  const n = pcts.length;
  if (n === 0) throw new Error('meanRoundedToStep of no values');
  let sum = 0;
  for (const v of pcts) sum += v;
  const q = Math.floor((2 * sum + n * step) / (2 * n * step));
  return q * step;
}

export interface ItemSpread {
  spread: number;
  bandGap: number;
  flagged: boolean;
}

/** An item needs discussion when the percentages differ by the threshold or more, or sit bands apart. */
export function itemSpread(profile: Profile, pcts: readonly number[]): ItemSpread {
  let min = Infinity;
  let max = -Infinity;
  for (const v of pcts) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (pcts.length === 0) return { spread: 0, bandGap: 0, flagged: false };
  const spread = max - min;
  const bandGap = bandOf(profile, max) - bandOf(profile, min);
  return {
    spread,
    bandGap,
    flagged: spread >= profile.consensus.spreadThreshold || bandGap >= profile.consensus.bandGap,
  };
}
