/** Helpers of the tables kept as columns (entries of a tally, category scores of the dashboard). */

export type IntArray = Int16Array | Int32Array | Uint8Array | Uint16Array;

/** The same typed array in a larger one (the first `a.length` elements copied). */
export function grown<T extends IntArray>(a: T, capacity: number): T {
  const b = new (a.constructor as new (n: number) => T)(capacity);
  b.set(a);
  return b;
}

/** Index of `s` in `list`, added at the end if new; `map` holds the index of each string of `list`. */
export function internIndex(map: Map<string, number>, list: string[], s: string): number {
  let i = map.get(s);
  if (i === undefined) {
    i = list.length;
    map.set(s, i);
    list.push(s);
  }
  return i;
}
