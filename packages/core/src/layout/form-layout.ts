/**
 * The printed form of one annex as data: what goes in which cell, with
 * styles as named roles. The xlsx writer and the Excel add-in both render
 * this; neither decides layout on its own.
 */
export type LayoutRole =
  | "unit-name"
  | "party-name"
  | "form-code"
  | "title"
  | "period"
  | "cut-off"
  | "note"
  | "section"
  | "header"
  | "header-number"
  | "stt"
  | "label"
  | "code"
  | "input"
  | "derived"
  | "legend-title"
  | "legend"
  | "signature-title"
  | "signature-note"
  | "signature-date";

/** Data validation an input cell carries. */
export interface InputValidation {
  type: "whole" | "decimal";
  min: number;
  max?: number;
  /** Prompt shown when the cell is selected (Vietnamese). */
  promptTitle: string;
  prompt: string;
  /** Message when a value breaks the validation. */
  errorTitle: string;
  error: string;
}

export interface LayoutCell {
  /** 1-based sheet row and column. */
  row: number;
  column: number;
  role: LayoutRole;
  value?: string | number;
  /** Excel formula without the leading `=`, for derived cells. */
  formula?: string;
  numberFormat?: string;
  /** Indent level of a row label. */
  indent?: number;
  /** The cell spans this many rows and columns (merged). */
  rowSpan?: number;
  colSpan?: number;
  /** For data cells: the annex cell key `row.column`. */
  key?: string;
  validation?: InputValidation;
}

export interface FormLayout {
  annex: string;
  sheetName: string;
  /** Widths of sheet columns 1..n in Excel character units. */
  columnWidths: readonly number[];
  cells: readonly LayoutCell[];
  /** Sheet rows repeated at the top of every printed page. */
  printTitleRows: { from: number; to: number };
  /** The whole table (headers and data), for borders. */
  table: { top: number; left: number; bottom: number; right: number };
  /** Data cells by annex cell key `row.column` → `D9`. */
  dataCells: ReadonlyMap<string, string>;
  /** Heights in points of the rows whose text wraps (and the header rows); other rows keep the default. */
  rowHeights: ReadonlyMap<number, number>;
  /** A4 in the orientation its width asks for; on one page (`fitToHeight` 1) when it fits readably, so the signature block stays with the table. */
  page: { paper: "A4"; orientation: "portrait" | "landscape"; fitToWidth: true; fitToHeight: 0 | 1 };
  /** Input cells unlocked, everything else locked, sheet protected (no password). */
  protect: true;
}
