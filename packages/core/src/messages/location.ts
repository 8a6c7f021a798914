import type { FindingPath } from "../finding/finding.js";
import type { Locale } from "./message-table.js";

/**
 * Where a finding points, as the form shows it: `tệp 51.xlsx, PL01, mã số 01,
 * cột (3), ô PL01!F9`. The file is left out for callers that show it apart.
 */
export function locationText(path: FindingPath, locale: Locale, withFile = true): string {
  const vi = locale === "vi";
  const parts: string[] = [];
  if (withFile && path.file) parts.push(vi ? `tệp ${path.file}` : `file ${path.file}`);
  if (path.annex) parts.push(path.annex);
  if (path.row) parts.push(vi ? `mã số ${path.row}` : `row ${path.row}`);
  if (path.column !== undefined) parts.push(vi ? `cột (${path.column})` : `column (${path.column})`);
  if (path.cell) parts.push(vi ? `ô ${path.cell}` : `cell ${path.cell}`);
  else if (path.sheet && !path.annex) parts.push(vi ? `trang ${path.sheet}` : `sheet ${path.sheet}`);
  return parts.join(", ");
}
