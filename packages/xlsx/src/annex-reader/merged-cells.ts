import type { RawMerge } from "../reader/index.js";

/** Whether a cell is covered by a merge (and is not its top-left): it holds no value of its own. */
export interface CoveredCells {
  has(row: number, col: number): boolean;
}

/**
 * Coverage of the cells a reader will ask about (`rows` × `cols`, the table's
 * code rows and figure columns), computed from the merges as ranges: each
 * merge marks the block of asked cells it spans in a 2-D difference array, so
 * the work is O(merges × log(asked) + asked) whatever the merges' size. A merge
 * of the whole sheet (A1:XFD1048576) costs what A1:B2 costs.
 * A cell outside the grid is answered by looking at every merge.
 */
export function coveredCells(merges: readonly RawMerge[], rows: Iterable<number>, cols: Iterable<number>): CoveredCells {
  const rowList = [...new Set(rows)].sort((a, b) => a - b);
  const colList = [...new Set(cols)].sort((a, b) => a - b);
  const rowIndex = new Map(rowList.map((r, i) => [r, i]));
  const colIndex = new Map(colList.map((c, j) => [c, j]));
  const width = colList.length + 1;
  const spans = new Int32Array((rowList.length + 1) * width);
  const corners = new Int32Array((rowList.length + 1) * width);
  for (const m of merges) {
    const i0 = lowerBound(rowList, m.top);
    const i1 = lowerBound(rowList, m.bottom + 1);
    const j0 = lowerBound(colList, m.left);
    const j1 = lowerBound(colList, m.right + 1);
    if (i0 >= i1 || j0 >= j1) continue;
    (spans[i0 * width + j0] as number)++;
    (spans[i0 * width + j1] as number)--;
    (spans[i1 * width + j0] as number)--;
    (spans[i1 * width + j1] as number)++;
    const i = rowIndex.get(m.top);
    const j = colIndex.get(m.left);
    if (i !== undefined && j !== undefined) (corners[i * width + j] as number)++;
  }
  // Prefix sums: spans[i][j] becomes how many merges contain asked cell (i, j).
  for (let i = 0; i < rowList.length; i++) {
    for (let j = 0; j < colList.length; j++) {
      const at = i * width + j;
      (spans[at] as number) +=
        (i > 0 ? (spans[at - width] as number) : 0) + (j > 0 ? (spans[at - 1] as number) : 0) - (i > 0 && j > 0 ? (spans[at - width - 1] as number) : 0);
    }
  }
  return {
    has(row, col) {
      const i = rowIndex.get(row);
      const j = colIndex.get(col);
      if (i === undefined || j === undefined) return merges.some((m) => coversOther(m, row, col));
      // Covered by some merge other than one it is the top-left of (overlapping merges are broken files, still answered).
      return (spans[i * width + j] as number) > (corners[i * width + j] as number);
    },
  };
}

function coversOther(m: RawMerge, row: number, col: number): boolean {
  return row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left);
}

/** First index whose value is >= `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
