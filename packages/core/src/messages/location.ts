import type { FindingPath } from "../finding/finding.js";
import { capitalised } from "../view/capitalised.js";
import type { Locale } from "./message-table.js";

/** `mã số 01`, `cột (3)`: the row and column of the form a finding names. */
function lineParts(path: FindingPath, locale: Locale): string[] {
  const vi = locale === "vi";
  const parts: string[] = [];
  if (path.row) parts.push(vi ? `mã số ${path.row}` : `row ${path.row}`);
  if (path.column !== undefined) parts.push(vi ? `cột (${path.column})` : `column (${path.column})`);
  return parts;
}

/**
 * Where a finding points, as the form shows it: `tệp 51.xlsx, PL01, mã số 01,
 * cột (3), ô PL01!F9`. The file is left out for callers that show it apart.
 */
export function locationText(path: FindingPath, locale: Locale, withFile = true): string {
  const vi = locale === "vi";
  const parts: string[] = [];
  if (withFile && path.file) parts.push(vi ? `tệp ${path.file}` : `file ${path.file}`);
  if (path.annex) parts.push(path.annex);
  parts.push(...lineParts(path, locale));
  if (path.cell) parts.push(vi ? `ô ${path.cell}` : `cell ${path.cell}`);
  else if (path.sheet && !path.annex) parts.push(vi ? `trang ${path.sheet}` : `sheet ${path.sheet}`);
  return parts.join(", ");
}

/**
 * Where a finding points inside the annex a list already names, capitalised:
 * `Mã số 01, cột (3), ô F10` (`address`: the cell without its sheet).
 */
export function locationInAnnex(path: FindingPath, address: string | undefined, locale: Locale = "vi"): string {
  const parts = lineParts(path, locale);
  if (address) parts.push(locale === "vi" ? `ô ${address}` : `cell ${address}`);
  return capitalised(parts.join(", "), locale);
}
