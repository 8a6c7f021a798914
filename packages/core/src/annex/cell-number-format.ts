import type { CellSpec } from "./annex-index.js";

/**
 * The language tag Vietnamese (0x042A) the number formats carry: LibreOffice
 * shows a number with the separators of its format's language, so the
 * forms print 4.461 and 22,1 whatever the reader's locale. Excel takes the
 * separators from the system settings instead (see the command's guide).
 */
export const VIETNAMESE_FORMAT_TAG = "[$-42A]";

/**
 * The Excel number format a cell is shown with on the form: counts with
 * thousands separators, percentages (a number in a "(%)" column) and
 * decimals with the cell's default decimals, each tagged Vietnamese.
 */
export function cellNumberFormat(spec: Pick<CellSpec, "kind" | "decimals">): string {
  if (spec.kind === "count") return `${VIETNAMESE_FORMAT_TAG}#,##0`;
  return `${VIETNAMESE_FORMAT_TAG}${spec.decimals.default === 0 ? "0" : `0.${"0".repeat(spec.decimals.default)}`}`;
}

/**
 * A number format as a unit wrote it (`0.0`, `0.00%`, `#,##0`), tagged
 * Vietnamese so a pre-filled form prints like a blank one; a format that
 * already names a language or locale (`[$-409]`, `[$€-x]`), text and
 * General keep as they are.
 */
export function vietnameseNumberFormat(format: string): string {
  if (/\[\$[^\]]*-[0-9A-Fa-f]+\]/.test(format) || /^(@|general)$/i.test(format.trim())) return format;
  return `${VIETNAMESE_FORMAT_TAG}${format}`;
}
