import type { CellValue } from "exceljs";
import type { DrawnRow } from "./drawing-api.js";
import { WrittenCell } from "./written-cell.js";

/** One row of the sheet writer: its cells by column and its height. */
export class WrittenRow implements DrawnRow {
  readonly cells = new Map<number, WrittenCell>();
  private rowHeight: number | undefined;

  constructor(readonly number: number) {}

  getCell(column: number): WrittenCell {
    let cell = this.cells.get(column);
    if (!cell) {
      cell = new WrittenCell(this.number, column);
      this.cells.set(column, cell);
    }
    return cell;
  }

  get height(): number {
    return this.rowHeight as number;
  }
  set height(h: number) {
    this.rowHeight = h;
  }

  /** The cells' values by column (index 0 unused), as exceljs gives them. */
  get values(): CellValue[] {
    const out: CellValue[] = [];
    for (const [c, cell] of this.cells) out[c] = cell.value;
    return out;
  }

  /** As exceljs: the row's cells are replaced; item i of a list from index 0 goes to column i + 1. */
  set values(values: CellValue[] | { [key: string]: CellValue }) {
    if (!Array.isArray(values)) throw new TypeError("row values by column key are not supported");
    this.cells.clear();
    const offset = Object.hasOwn(values, 0) ? 1 : 0;
    values.forEach((v, i) => {
      if (v !== undefined) this.getCell(i + offset).value = v;
    });
  }

  /** Cells in column order. */
  sorted(): WrittenCell[] {
    return [...this.cells.values()].sort((a, b) => a.column - b.column);
  }
}
