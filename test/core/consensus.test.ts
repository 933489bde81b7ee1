import { describe, expect, it } from 'vitest';
import { Decimal } from '../../core/decimal';
import { bandOf } from '../../core/profiles/profile';
import { YUNYANG_2022 } from '../../core/profiles/yunyang-2022';
import { itemSpread, meanRoundedToStep } from '../../core/scoring/consensus';
import { defenseScore } from '../../core/scoring/defense';

const P = YUNYANG_2022;
const d = (xs: string[]) => xs.map((x) => new Decimal(x));

describe('consensus value of an item (CRITERIA.md, Y16.3 合议)', () => {
  it('CRITERIA.consensus: 60, 65, 65 -> mean 63.33 -> 65', () => {
    expect(meanRoundedToStep([60, 65, 65], 5)).toBe(65);
  });
  it('CRITERIA.consensus: 60, 60, 65, 65 -> mean 62.5, exactly half a step, rounds up to 65', () => {
    expect(meanRoundedToStep([60, 60, 65, 65], 5)).toBe(65);
  });
  it('CRITERIA.consensus: 60, 60, 65 -> mean 61.67 -> 60 (nearer 60 than 65)', () => {
    expect(meanRoundedToStep([60, 60, 65], 5)).toBe(60);
  });
  it('CRITERIA.consensus: on a step of 10, 50, 60, 60 -> 56.67 -> 60; 50, 60 -> 55 -> 60', () => {
    expect(meanRoundedToStep([50, 60, 60], 10)).toBe(60);
    expect(meanRoundedToStep([50, 60], 10)).toBe(60);
    expect(meanRoundedToStep([50, 50, 60], 10)).toBe(50);
  });
  it('CRITERIA.consensus: the ends of the scale stay inside it', () => {
    expect(meanRoundedToStep([0, 0, 0], 5)).toBe(0);
    expect(meanRoundedToStep([100, 100, 95], 5)).toBe(100);
  });
});

describe('bands and items flagged for discussion (CRITERIA.md)', () => {
  it('CRITERIA.bands: 0-5 band 1, 10-25 band 2, 30-45 band 3, 50-65 band 4, 70-85 band 5, 90-100 band 6', () => {
    const cases: [number, number][] = [[0, 1], [5, 1], [10, 2], [25, 2], [30, 3], [45, 3], [50, 4], [65, 4], [70, 5], [85, 5], [90, 6], [100, 6]];
    for (const [pct, band] of cases) expect(bandOf(P, pct)).toBe(band);
  });
  it('CRITERIA.consensus: a spread of exactly 30 points is flagged (30 or more)', () => {
    expect(itemSpread(P, [40, 70])).toMatchObject({ spread: 30, flagged: true });
  });
  it('CRITERIA.consensus: a spread of 25 inside adjacent bands is not flagged (50, 65, 75: bands 4, 4, 5)', () => {
    expect(itemSpread(P, [50, 65, 75])).toEqual({ spread: 25, bandGap: 1, flagged: false });
  });
  it('CRITERIA.consensus: bands two apart are flagged even when the spread is under 30 (45 band 3, 70 band 5)', () => {
    expect(itemSpread(P, [45, 50, 70])).toEqual({ spread: 25, bandGap: 2, flagged: true });
  });
});

describe('defense score (Y16.4)', () => {
  it('Y16.4: the mean of the scorers, rounded half up to 2 decimals: (80+85+90+78+81)/5 = 82.80', () => {
    expect(defenseScore(P, d(['80', '85', '90', '78', '81'])).toFixed(2)).toBe('82.80');
  });
  it('Y16.4: 82.5 + 83 + 84 -> 249.5 / 3 = 83.1666.. -> 83.17', () => {
    expect(defenseScore(P, d(['82.5', '83', '84'])).toFixed(2)).toBe('83.17');
  });
  it('Y16.4: a mean ending in exactly half a cent rounds up: (80.01 + 80.02) / 2 = 80.015 -> 80.02', () => {
    expect(defenseScore(P, d(['80.01', '80.02'])).toFixed(2)).toBe('80.02');
  });
  it('CRITERIA.consensus: a trimmed-mean profile drops the highest and lowest of 5: 60,80,85,90,99 -> (80+85+90)/3 = 85.00', () => {
    const trimmed = { ...P, defense: { ...P.defense!, aggregate: 'trimmed_mean' as const } };
    expect(defenseScore(trimmed, d(['99', '60', '85', '80', '90'])).toFixed(2)).toBe('85.00');
    // with 4 scorers nothing is dropped: (60+80+85+90)/4 = 78.75
    expect(defenseScore(trimmed, d(['60', '80', '85', '90'])).toFixed(2)).toBe('78.75');
  });
});
