import type { Cell, CellValue, Row, Workbook, Worksheet, WorksheetProtection, WorksheetState, WorksheetProperties } from "exceljs";

/**
 * The part of exceljs's Workbook/Worksheet/Row/Cell API that the workbook
 * drawing code uses (templates, national sheets). exceljs's objects satisfy
 * it, and so does the package's own sheet writer: one copy of each sheet's
 * drawing, written either way. Types only: nothing here loads exceljs.
 */
export type DrawnCell = Pick<Cell, "value" | "font" | "alignment" | "border" | "fill" | "numFmt" | "protection" | "dataValidation">;

export interface DrawnRow extends Pick<Row, "height" | "values"> {
  getCell(column: number): DrawnCell;
}

export interface DrawnColumn {
  width?: number;
}

export interface DrawnSheet extends Pick<Worksheet, "id" | "pageSetup" | "views" | "autoFilter"> {
  getColumn(column: number): DrawnColumn;
  getRow(row: number): DrawnRow;
  getCell(row: number, column: number): DrawnCell;
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  /** Sheet protection; no password is ever set by the drawing code. */
  protect(password: string, options: Partial<WorksheetProtection>): unknown;
  addRow(values: CellValue[]): unknown;
}

export interface DrawnSheetOptions {
  state?: WorksheetState;
  properties?: Pick<Partial<WorksheetProperties>, "tabColor">;
}

export interface DrawnWorkbook extends Pick<Workbook, "creator" | "created" | "modified" | "calcProperties"> {
  addWorksheet(name: string, options?: DrawnSheetOptions): DrawnSheet;
}
