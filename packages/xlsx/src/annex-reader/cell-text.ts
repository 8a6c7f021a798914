import type { RawSheetCell } from "../reader/index.js";

/** A cell's text for matching labels: NFC, trimmed, spaces folded, lower case. */
export function cellText(cell: RawSheetCell | undefined): string {
  const v = cell?.value;
  if (typeof v !== "string") return "";
  // Vietnamese has no locale-specific case mappings: the root lower-casing is the same and much faster.
  return v.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Whether a cell could read `Mã số`: cheap test before normalising (NFD text is at most twice as long). */
export function mayBeCodeHeader(cell: RawSheetCell): boolean {
  const v = cell.value;
  if (typeof v !== "string" || v.length < 5 || v.length > 24) return false;
  // "Mã số" starts with M after any leading spaces, whatever the normalisation.
  const first = v.trimStart().charCodeAt(0);
  return first === 77 || first === 109;
}

/** A row code as forms print it: "01" (text), or 1 (a number after a re-save). */
export function rowCodeOf(cell: RawSheetCell | undefined): string | undefined {
  if (!cell) return undefined;
  const v = cell.value;
  if (typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 100) return String(v).padStart(2, "0");
  if (typeof v === "string") {
    const t = v.trim();
    if (/^\d{1,2}$/.test(t)) return t.padStart(2, "0");
  }
  return undefined;
}

/** `(3)` → 3. */
export function columnNumberOf(cell: RawSheetCell | undefined): number | undefined {
  const v = cell?.value;
  if (typeof v !== "string" || v.indexOf("(") < 0) return undefined;
  const m = /^\((\d+)\)$/.exec(cellText(cell));
  return m?.[1] ? Number(m[1]) : undefined;
}
