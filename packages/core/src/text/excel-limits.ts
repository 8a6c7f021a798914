/** Limits of an Excel worksheet that text and rows written for people must stay within. */

/** Characters a cell can hold (Excel refuses or cuts longer text). */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/** Height of a row in points (Excel's largest). */
export const EXCEL_MAX_ROW_POINTS = 409;
