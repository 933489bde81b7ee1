/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character alphabet
 * (the digits and the capitals without I, O, S, V, Z); the 18th is a check character over the first 17:
 *   check = 31 - (sum of value(c_i) * w_i mod 31), 31 written as 0, with w_i = 3^(i-1) mod 31
 *   = 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.
 *
 * Worked by hand, to check the code against (test/core/eligibility.credit-code.test.ts):
 * - 91350100M000100Y43, the example printed in many registration guides:
 *   values 9 1 3 5 0 1 0 0 M=21 0 0 0 1 0 0 Y=30 4
 *   9 + 3 + 27 + 135 + 0 + 26 + 0 + 0 + 420 + 0 + 0 + 0 + 8 + 0 + 0 + 900 + 112 = 1640; 1640 mod 31 = 28 (31 x 52 = 1612);
 *   31 - 28 = 3 -> "3". Valid.
 * - 91500235MA60123459 (constructed: a Yunyang, 500235, enterprise):
 *   values 9 1 5 0 0 2 3 5 M=21 A=10 6 0 1 2 3 4 5
 *   9 + 3 + 45 + 0 + 0 + 52 + 48 + 85 + 420 + 290 + 150 + 0 + 8 + 48 + 30 + 120 + 140 = 1448; 1448 mod 31 = 22
 *   (31 x 46 = 1426); 31 - 22 = 9 -> "9".
 * - 91410122MA44L7K2XY (constructed: a Zhongmu, 410122, enterprise):
 *   values 9 1 4 1 0 1 2 2 M=21 A=10 4 4 L=20 7 K=19 2 X=29
 *   9 + 3 + 36 + 27 + 0 + 26 + 32 + 34 + 420 + 290 + 100 + 52 + 160 + 168 + 190 + 60 + 812 = 2419; 2419 mod 31 = 1
 *   (31 x 78 = 2418); 31 - 1 = 30 -> "Y".
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

export type CreditCodeCheck =
  | { ok: true; code: string; region: string }
  | { ok: false; reason: 'length'; length: number }
  | { ok: false; reason: 'character'; char: string; position: number }
  | { ok: false; reason: 'check'; expected: string; found: string };

/** The check character the first 17 characters call for (they must be in the alphabet). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Full-width characters, spaces and lower case are what people type; they are read as the code they mean. */
export function normaliseCreditCode(typed: string): string {
  return typed.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

export function checkCreditCode(typed: string): CreditCodeCheck {
  const code = normaliseCreditCode(typed);
  if (code.length !== 18) return { ok: false, reason: 'length', length: code.length };
  for (let i = 0; i < 18; i++) {
    if (!CREDIT_CODE_ALPHABET.includes(code[i]!)) return { ok: false, reason: 'character', char: code[i]!, position: i + 1 };
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected !== code[17]) return { ok: false, reason: 'check', expected, found: code[17]! };
  // Positions 3-8: the administrative division (GB/T 2260) of the registering authority.
  return { ok: true, code, region: code.slice(2, 8) };
}
