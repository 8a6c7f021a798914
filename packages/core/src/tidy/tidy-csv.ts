import { neutralizeText } from "../text/neutralize-text.js";
import { TIDY_COLUMNS, type TidyColumn, type TidyRow } from "./tidy-columns.js";

/** Columns whose text comes from units or files: neutralised against formula injection. */
const UNIT_TEXT: ReadonlySet<TidyColumn> = new Set(["unit_name", "group", "row_label", "column_header", "file", "sheet"]);

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break. */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The tidy table as CSV text: a UTF-8 byte order mark (so Excel opens it in
 * Vietnamese), a header row, CRLF line ends and RFC 4180 quoting. Text that
 * could start a formula is neutralised as in the national workbook.
 */
export function tidyCsv(rows: Iterable<TidyRow>): string {
  const lines = [TIDY_COLUMNS.join(",")];
  for (const row of rows) {
    lines.push(TIDY_COLUMNS.map((c) => field(UNIT_TEXT.has(c) ? neutralizeText(row[c]) : row[c])).join(","));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
