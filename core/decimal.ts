import DecimalJs from 'decimal.js';

/**
 * The one Decimal used for scores. Half-up rounding is what a reviewer expects of "四舍五入";
 * binary floats never meet a cut-off (RULES.md: 399.99999999999994 must not fail 400).
 */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** Points with 2 decimals, as shown and exported ("351.60"). */
export function fmt2(d: Decimal): string {
  return d.toFixed(2, Decimal.ROUND_HALF_UP);
}

/** Hundredths of a point (an integer) to a 2-decimal string, without going through a float. */
export function hundredthsToString(h: number): string {
  const sign = h < 0 ? '-' : '';
  const a = Math.abs(h);
  const whole = Math.floor(a / 100);
  const frac = a % 100;
  return `${sign}${whole}.${frac < 10 ? '0' : ''}${frac}`;
}

export function hundredthsToDecimal(h: number): Decimal {
  return new Decimal(h).div(100);
}
