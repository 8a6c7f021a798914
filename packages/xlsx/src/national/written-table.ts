import { EXCEL_MAX_ROW_POINTS } from "@phuluc/core";
import type { DrawnRow as Row, DrawnSheet as Worksheet } from "../sheet-writer/index.js";
import { lineHeight, wrappedLines } from "@phuluc/core";

/** A kind of body row in a large table ("unit", "subtotal", "missing" …): each kind has its own look. */
export type TableRowKind = string;

export interface TableRow {
  kind: TableRowKind;
  /** Values of columns 1..n: text, a number, or empty. No values: an empty row (a gap). */
  values: readonly (string | number | null)[];
  /** The row's cells are merged into one, from the first column to the last value's. */
  mergeAcross?: boolean;
  /** Height in points, for wrapped text (office suites do not all fit rows to wrapped text on opening). */
  height?: number;
}

/** The tables' body text. */
const BODY_FONT = { size: 11 };

/** The row with a height that shows every value wrapped in its column (widths in characters); as it is when one line does. */
export function fittedRow(row: TableRow, widths: readonly number[]): TableRow {
  let lines = 1;
  row.values.forEach((v, i) => {
    const width = widths[i];
    if (typeof v === "string" && width) lines = Math.max(lines, wrappedLines(v, BODY_FONT, width));
  });
  // Excel's rows stop at 409 points: a longer text scrolls inside its cell.
  return lines > 1 ? { ...row, height: Math.min(EXCEL_MAX_ROW_POINTS, lines * lineHeight(BODY_FONT.size)) } : row;
}

/**
 * A table whose body is written straight into the sheet XML: the drawing
 * rendered its heading and one "carrier" row per kind (in `carrierKinds`
 * order from `firstRow`), whose row and cell styles the full body reuses.
 */
export interface WrittenTable {
  sheetId: number;
  firstRow: number;
  columns: number;
  carrierKinds: readonly TableRowKind[];
  /** Number of body rows, gaps included. */
  rowCount: number;
  /** The body rows, made as they are written (10,000 units are never all in memory). */
  rows(): Iterable<TableRow>;
}

/** A carrier row: one row of a kind, and how rows of that kind look. */
export interface Carrier {
  row: TableRow;
  look(row: Row): void;
}

/** Renders the carriers from `firstRow` on and describes the table whose body replaces them. */
export function carrierTable(
  sheet: Worksheet,
  table: { firstRow: number; columns: number; rowCount: number; rows(): Iterable<TableRow> },
  carriers: readonly Carrier[],
): WrittenTable {
  carriers.forEach((carrier, i) => {
    const r = sheet.getRow(table.firstRow + i);
    carrier.row.values.forEach((v, c) => (r.getCell(c + 1).value = v));
    carrier.look(r);
  });
  return { sheetId: sheet.id, ...table, carrierKinds: carriers.map((c) => c.row.kind) };
}
