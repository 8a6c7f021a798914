/** Kinds of body row in a large table: each kind has its own look. */
export type TableRowKind = "group" | "unit" | "subtotal" | "national";

export interface TableRow {
  kind: TableRowKind;
  /** Values of columns 1..n: text, a number, or empty. */
  values: readonly (string | number | null)[];
}

/**
 * A table whose body is written straight into the sheet XML: exceljs
 * rendered its heading and one "carrier" row per kind (in `carrierKinds`
 * order from `firstRow`), whose cell styles the full body reuses.
 */
export interface WrittenTable {
  sheetId: number;
  firstRow: number;
  columns: number;
  carrierKinds: readonly TableRowKind[];
  rows: readonly TableRow[];
}
