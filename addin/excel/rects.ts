import { addr, col, parseAddr } from '../../core/workbook/plan';

/** A rectangle of cells sharing one key (a style, a number format, "unlocked"). */
export interface Rect<K> {
  top: number;
  left: number;
  bottom: number;
  right: number;
  key: K;
}

export function rectAddress(r: { top: number; left: number; bottom: number; right: number }): string {
  const a = addr(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${addr(r.bottom, r.right)}`;
}

/**
 * Cover cells with few rectangles of equal key: horizontal runs per row, then a run that repeats the run above it
 * (same columns, same key) extends that rectangle down. One Office.js call per rectangle instead of per cell keeps a
 * 200-applicant sheet's request small.
 */
export function rectsOf<K extends string>(cells: Iterable<[string, K]>): Rect<K>[] {
  const byRow = new Map<number, { column: number; key: K }[]>();
  for (const [a, key] of cells) {
    const { row, column } = parseAddr(a);
    let list = byRow.get(row);
    if (!list) byRow.set(row, (list = []));
    list.push({ column, key });
  }
  const done: Rect<K>[] = [];
  let open = new Map<string, Rect<K>>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const list = byRow.get(row)!.sort((a, b) => a.column - b.column);
    const next = new Map<string, Rect<K>>();
    let i = 0;
    while (i < list.length) {
      const first = list[i]!;
      let j = i;
      while (j + 1 < list.length && list[j + 1]!.column === list[j]!.column + 1 && list[j + 1]!.key === first.key) j++;
      const left = first.column;
      const right = list[j]!.column;
      const id = `${left}:${right}:${first.key}`;
      const above = open.get(id);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        open.delete(id);
        next.set(id, above);
      } else next.set(id, { top: row, left, bottom: row, right, key: first.key });
      i = j + 1;
    }
    for (const r of open.values()) done.push(r);
    open = next;
  }
  for (const r of open.values()) done.push(r);
  return done;
}

/** The smallest rectangle holding every cell, or null for none. */
export function boundsOf(addresses: Iterable<string>): { top: number; left: number; bottom: number; right: number } | null {
  let b: { top: number; left: number; bottom: number; right: number } | null = null;
  for (const a of addresses) {
    const { row, column } = parseAddr(a);
    if (!b) b = { top: row, left: column, bottom: row, right: column };
    else {
      b.top = Math.min(b.top, row);
      b.left = Math.min(b.left, column);
      b.bottom = Math.max(b.bottom, row);
      b.right = Math.max(b.right, column);
    }
  }
  return b;
}

/** "Sheet1!B2:D9" or "B2:D9" -> top-left row and column, 1-based. */
export function topLeftOf(address: string): { row: number; column: number } {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  return parseAddr(local.split(':')[0]!.replace(/\$/g, ''));
}

export { col };
