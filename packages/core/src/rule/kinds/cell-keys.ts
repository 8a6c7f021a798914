import { cellKey, type CellKey } from "../line-ref.js";

/** The keys (`03.2`) of cells, in order. */
export function cellKeys(cells: readonly CellKey[]): string[] {
  return cells.map((c) => cellKey(c.row, c.column));
}
