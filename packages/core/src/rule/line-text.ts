import { parseAnnexCell } from "./line-ref.js";

export type RuleLocale = "vi" | "en";

/** `<=` → `≤`, as forms print a comparison. */
export const OP_TEXT: Record<"<=" | ">=" | "=", string> = { "<=": "≤", ">=": "≥", "=": "=" };

/** `r01` → `01`, `c2` → `(2)`: how forms write row codes and columns. */
export function lineText(ref: string): string {
  return ref.startsWith("r") ? ref.slice(1) : `(${ref.slice(1)})`;
}

/** Lines as forms print them. */
export function linesText(refs: readonly string[]): string[] {
  return refs.map(lineText);
}

/** `02 + 09 + 10`, or `02 − 03` with `sign` "−". */
export function termsText(refs: readonly string[], sign = "+"): string {
  return refs.map(lineText).join(` ${sign} `);
}

/** `(02 + 03)` when several lines are added, else the one line. */
export function groupedText(refs: readonly string[]): string {
  return refs.length > 1 ? `(${termsText(refs)})` : termsText(refs);
}

/** `PL04 mã số 02 cột (1)`. */
export function annexCellText(ref: string, locale: RuleLocale): string {
  const c = parseAnnexCell(ref);
  return locale === "vi" ? `${c.annex} mã số ${c.row} cột (${c.column})` : `${c.annex} row ${c.row} column (${c.column})`;
}
