import { cellAddress } from "@phuluc/core";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `A1` for one cell, `A1:C2` for more. */
export function rectAddress(r: Rect): string {
  const first = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? first : `${first}:${cellAddress(r.bottom, r.right)}`;
}

/**
 * Packs a set of cells into few rectangles: runs along each row, then runs
 * stacked over rows with the same columns. Few areas keep RangeAreas small.
 */
export function packRects(cells: Iterable<{ row: number; column: number }>): Rect[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    const list = byRow.get(c.row) ?? [];
    list.push(c.column);
    byRow.set(c.row, list);
  }
  const runs: Rect[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = [...new Set(byRow.get(row))].sort((a, b) => a - b);
    let start = columns[0] ?? 0;
    let prev = start;
    for (const c of columns.slice(1).concat([Number.NaN])) {
      if (c === prev + 1) {
        prev = c;
        continue;
      }
      runs.push({ top: row, bottom: row, left: start, right: prev });
      start = c;
      prev = c;
    }
  }
  const out: Rect[] = [];
  for (const run of runs) {
    const above = out.find((r) => r.bottom === run.top - 1 && r.left === run.left && r.right === run.right);
    if (above) above.bottom = run.bottom;
    else out.push({ ...run });
  }
  return out;
}

/** Every cell a rectangle covers. */
export function cellsOf(r: Rect): { row: number; column: number }[] {
  const out: { row: number; column: number }[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let column = r.left; column <= r.right; column++) out.push({ row, column });
  return out;
}
