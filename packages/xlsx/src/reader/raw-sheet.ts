import { MAX_COLS } from "./cell-address.js";
import type { RawMerge, RawSheet, RawSheetCell, SheetState } from "./types.js";

/** Row-major key of a cell: stays a small integer for the first ~131,000 rows. */
export function cellKey(row: number, col: number): number {
  return row * MAX_COLS + col - 1;
}

/** A read sheet; the address index behind `cell()` is built on first use. */
export class RawSheetImpl implements RawSheet {
  private index_: Map<number, RawSheetCell> | undefined;

  constructor(
    public name: string,
    public state: SheetState,
    public index: number,
    public cells: RawSheetCell[],
    public merges: RawMerge[],
    public dimension?: RawMerge,
  ) {}

  cell(row: number, col: number): RawSheetCell | undefined {
    let map = this.index_;
    if (map === undefined) {
      map = new Map();
      for (const cell of this.cells) map.set(cellKey(cell.row, cell.col), cell);
      this.index_ = map;
    }
    return map.get(cellKey(row, col));
  }
}
