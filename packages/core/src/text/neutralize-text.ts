import { cutText } from "./cut-text.js";
import { EXCEL_MAX_CELL_CHARS } from "./excel-limits.js";
import { xmlSafeText } from "./xml-safe-text.js";

/** Shown at the end of text cut to fit a cell. */
export const CELL_CUT_MARK = "… [đã cắt bớt]";

/**
 * Text that came from units (file names, names, quoted cell text) made safe
 * for a spreadsheet cell, as every workbook and CSV we write needs it:
 * - characters XML 1.0 forbids are removed (Word's line break becomes a line break), see xmlSafeText;
 * - a leading = + - @ tab or carriage return gets an apostrophe in front, so a
 *   spreadsheet never takes it for a formula, as OWASP advises for CSV and spreadsheet exports;
 * - longer than Excel's 32,767 characters, it is cut with a visible mark.
 */
export function neutralizeText(text: string): string {
  const clean = xmlSafeText(text);
  const safe = /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
  return cutText(safe, EXCEL_MAX_CELL_CHARS, CELL_CUT_MARK);
}
