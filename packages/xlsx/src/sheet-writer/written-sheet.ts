import type { AutoFilter, CellValue, Color, PageSetup, WorksheetProtection, WorksheetState, WorksheetView } from "exceljs";
import type { DrawnColumn, DrawnSheet } from "./drawing-api.js";
import type { WrittenCell } from "./written-cell.js";
import { WrittenRow } from "./written-row.js";

/** exceljs's page setup of a sheet nobody set one on (what it writes then). */
const DEFAULT_PAGE_SETUP: Partial<PageSetup> = {
  margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  orientation: "portrait",
  horizontalDpi: 4294967295,
  verticalDpi: 4294967295,
  fitToPage: false,
  scale: 100,
  fitToWidth: 1,
  fitToHeight: 1,
};

export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet of the sheet writer, drawn through the exceljs-shaped API and written by sheetXml. */
export class WrittenSheet implements DrawnSheet {
  readonly rows = new Map<number, WrittenRow>();
  readonly columns: DrawnColumn[] = [];
  readonly merges: MergedRange[] = [];
  pageSetup: Partial<PageSetup> = { ...DEFAULT_PAGE_SETUP };
  views: Array<Partial<WorksheetView>> = [];
  /** exceljs types it as always there; undefined until a filter is set. */
  autoFilter = undefined as unknown as AutoFilter;
  protection: Partial<WorksheetProtection> | undefined;

  constructor(
    readonly id: number,
    readonly name: string,
    readonly state: WorksheetState,
    readonly tabColor: Partial<Color> | undefined,
  ) {}

  getColumn(column: number): DrawnColumn {
    let c = this.columns[column - 1];
    if (!c) {
      c = {};
      this.columns[column - 1] = c;
    }
    return c;
  }

  getRow(row: number): WrittenRow {
    let r = this.rows.get(row);
    if (!r) {
      r = new WrittenRow(row);
      this.rows.set(row, r);
    }
    return r;
  }

  getCell(row: number, column: number): WrittenCell {
    return this.getRow(row).getCell(column);
  }

  /** As exceljs: every cell but the top-left one takes its style and gives it its value; overlapping merges are refused. */
  mergeCells(top: number, left: number, bottom: number, right: number): void {
    const range = { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
    for (const m of this.merges) {
      if (m.left <= range.right && range.left <= m.right && m.top <= range.bottom && range.top <= m.bottom)
        throw new Error("Cannot merge already merged cells");
    }
    const master = this.getCell(range.top, range.left);
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) if (r > range.top || c > range.left) this.getCell(r, c).mergeInto(master);
    }
    this.merges.push(range);
  }

  protect(password: string, options: Partial<WorksheetProtection>): void {
    if (password !== "") throw new TypeError("sheet protection with a password is not supported");
    this.protection = { ...options };
  }

  /** Appends a row after the last one. */
  addRow(values: CellValue[]): WrittenRow {
    const last = this.rows.size === 0 ? 0 : Math.max(...this.rows.keys());
    const row = this.getRow(last + 1);
    row.values = values;
    return row;
  }
}
