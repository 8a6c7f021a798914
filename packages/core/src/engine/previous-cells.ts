import type { Catalogue } from "../catalogue/catalogue.js";
import { cellKey, parseCell } from "../rule/line-ref.js";
import { ruleKind } from "../rule/rule-kinds.js";

/**
 * The cells a unit's validation reads from the previous period (the
 * period-over-period rules and plausibility checks), by annex: a caller holding many units'
 * previous figures need only pass these.
 */
export function previousCells(catalogue: Catalogue): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const annex of catalogue.annexes) {
    const refs = [
      ...annex.rules.flatMap((rule) => ruleKind(rule).previousCells(rule)),
      ...annex.plausibility.flatMap((check) => (check.kind === "change" ? check.cells : [])),
    ];
    const keys = refs.map((ref) => parseCell(ref)).map((c) => cellKey(c.row, c.column));
    if (keys.length > 0) out.set(annex.code, [...new Set(keys)]);
  }
  return out;
}
