import type { Catalogue } from "../catalogue/catalogue.js";
import { cellKey, parseCell } from "../rule/line-ref.js";

/**
 * Where checks against peers put their warnings, by annex: the first part
 * cell of each check, as a cell key `03.1`. A reader that hands the national
 * step packed figures keeps the unit's address of these cells, so that the
 * warning names the cell of the unit's own workbook.
 */
export function peerCells(catalogue: Catalogue): { annex: string; key: string }[] {
  const out: { annex: string; key: string }[] = [];
  for (const annex of catalogue.annexes) {
    for (const check of annex.plausibility) {
      if (check.kind !== "peers") continue;
      const cell = parseCell(check.part[0] as string);
      out.push({ annex: annex.code, key: cellKey(cell.row, cell.column) });
    }
  }
  return out;
}
