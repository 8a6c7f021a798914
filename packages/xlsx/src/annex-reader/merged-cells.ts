import type { RawSheet } from "../reader/index.js";

/** Cells covered by a merge other than its top-left: they hold no value of their own. */
export function coveredCells(sheet: RawSheet): Set<number> {
  const out = new Set<number>();
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) out.add(r * 16384 + c);
    }
  }
  return out;
}
