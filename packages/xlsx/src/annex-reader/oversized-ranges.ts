import type { Finding } from "@phuluc/core";
import { cellAddress } from "../reader/cell-address.js";
import type { RawMerge, RawSheet } from "../reader/index.js";

/** Rows and columns no annex form comes near (the largest has a few dozen of each, heading included). */
export const FORM_MAX_ROWS = 1000;
export const FORM_MAX_COLUMNS = 100;

function oversized(range: RawMerge): boolean {
  return range.bottom - range.top + 1 > FORM_MAX_ROWS || range.right - range.left + 1 > FORM_MAX_COLUMNS;
}

function rangeFinding(kind: "merge" | "dimension", range: RawMerge, sheet: RawSheet, count: number): Finding {
  return {
    code: "file.range_too_large",
    severity: "warning",
    path: { sheet: sheet.name },
    params: {
      kind,
      ref: `${cellAddress(range.top, range.left)}:${cellAddress(range.bottom, range.right)}`,
      rows: range.bottom - range.top + 1,
      columns: range.right - range.left + 1,
      count,
    },
  };
}

/**
 * A merge or a claimed used range (`<dimension>`) larger than any form, on an
 * annex sheet, as one warning each (the largest merge, with how many there
 * are): they are read as ranges and cost nothing, but say the sheet is not
 * the form as sent, and the covered cells read as empty.
 */
export function oversizedRangeFindings(sheet: RawSheet): Finding[] {
  const findings: Finding[] = [];
  let largest: RawMerge | undefined;
  let count = 0;
  const area = (m: RawMerge) => (m.bottom - m.top + 1) * (m.right - m.left + 1);
  for (const merge of sheet.merges) {
    if (!oversized(merge)) continue;
    count++;
    if (largest === undefined || area(merge) > area(largest)) largest = merge;
  }
  if (largest !== undefined) findings.push(rangeFinding("merge", largest, sheet, count));
  if (sheet.dimension !== undefined && oversized(sheet.dimension)) findings.push(rangeFinding("dimension", sheet.dimension, sheet, 1));
  return findings;
}
