import { opBytes, type WriteOp } from './ops';

/** Excel on the web refuses a request over 5 MB; keep a margin for Office.js's own envelope. */
export const REQUEST_BUDGET = 4_000_000;

/**
 * Every rendering command sends its writes in this many requests, whatever the number of applicants: the sync count
 * is the same at 2 and at 200 applicants, and 200 applicants x 9 reviewers of a stage fit under the budget.
 */
export const WRITE_REQUESTS = 12;

/**
 * Split ops, in order, into exactly `n` requests of about equal size (empty ones at the end when there is little to
 * do). Only a workbook larger than the supported 200 x 9 needs more requests than `n`; then as many as the budget asks.
 */
export function chunkOps(ops: readonly WriteOp[], n = WRITE_REQUESTS, budget = REQUEST_BUDGET): WriteOp[][] {
  const sizes = ops.map(opBytes);
  const total = sizes.reduce((a, b) => a + b, 0);
  const count = Math.max(n, Math.ceil(total / (budget * 0.9)));
  const target = total / count;
  const out: WriteOp[][] = [[]];
  let acc = 0;
  ops.forEach((op, i) => {
    const size = sizes[i]!;
    const cur = out[out.length - 1]!;
    if (cur.length && out.length < count && (acc + size > budget || acc + size / 2 > target)) {
      out.push([op]);
      acc = size;
    } else {
      cur.push(op);
      acc += size;
    }
  });
  while (out.length < count) out.push([]);
  return out;
}
