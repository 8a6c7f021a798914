import { JUSTIFICATION_HEADING, JUSTIFICATION_SHEET, JUSTIFICATION_TABLE, cellAddress, columnLetter } from "@phuluc/core";
import { widthInPoints } from "./column-width.js";

/** One heading line above the table, merged across it. */
export interface JustificationHeadingLine {
  /** `A1:E1`. */
  range: string;
  title: boolean;
  /** Row height in points when the text needs more than one line. */
  points?: number;
}

/**
 * What the add-in draws as the sheet "Giải trình" of a workbook it creates:
 * the template's sheet (same heading, table and empty numbered lines, from
 * core's JUSTIFICATION_TABLE) as plain data, so that the adapter only
 * queues it and the layout is tested without Excel.
 */
export interface JustificationSheetPlan {
  sheet: string;
  tabColor: string;
  /** Everything written: `A1:E34`. */
  area: string;
  values: (string | number)[][];
  heading: JustificationHeadingLine[];
  /** The header row: `A4:E4`. */
  header: string;
  headerFill: string;
  /** Header and lines, boxed: `A4:E34`. */
  table: string;
  /** The text column of the lines, wrapped: `E5:E34`. */
  text: string;
  /** The value column of the lines and its number format. */
  value: { range: string; numberFormats: string[][] };
  columnWidths: { column: string; points: number }[];
  printTitleRows: string;
}

/** The sheet "Giải trình" with no line written yet (a new workbook). */
export function justificationSheetPlan(): JustificationSheetPlan {
  const { headerRow, firstRow, headers, columns, widths, emptyLines, tabColor, headerFill } = JUSTIFICATION_TABLE;
  const last = firstRow + emptyLines - 1;
  const width = headers.length;
  const row = (r: number): string => `${cellAddress(r, 1)}:${cellAddress(r, width)}`;
  const values: (string | number)[][] = [];
  for (let r = 1; r <= last; r++) {
    const line: (string | number)[] = new Array<string | number>(width).fill("");
    if (r <= JUSTIFICATION_HEADING.length) line[0] = JUSTIFICATION_HEADING[r - 1] ?? "";
    else if (r === headerRow) headers.forEach((h, i) => (line[i] = h));
    else if (r >= firstRow) line[columns.number - 1] = r - firstRow + 1;
    values.push(line);
  }
  const valueColumn = columnLetter(columns.value);
  const textColumn = columnLetter(columns.text);
  return {
    sheet: JUSTIFICATION_SHEET,
    tabColor: `#${tabColor}`,
    area: `A1:${cellAddress(last, width)}`,
    values,
    heading: JUSTIFICATION_HEADING.map((text, i) => ({
      range: row(i + 1),
      title: i === 0,
      ...(text.length > 120 ? { points: 16 * Math.ceil(text.length / 120) } : {}),
    })),
    header: row(headerRow),
    headerFill: `#${headerFill}`,
    table: `${cellAddress(headerRow, 1)}:${cellAddress(last, width)}`,
    text: `${textColumn}${firstRow}:${textColumn}${last}`,
    value: { range: `${valueColumn}${firstRow}:${valueColumn}${last}`, numberFormats: Array.from({ length: emptyLines }, () => ["#,##0.##"]) },
    columnWidths: widths.map((w, i) => ({ column: columnLetter(i + 1), points: widthInPoints(w) })),
    printTitleRows: `$${headerRow}:$${headerRow}`,
  };
}
