import type { Annex } from "../annex/annex.js";
import { cellKey } from "../rule/line-ref.js";
import { placeholderKey } from "./sentence-placeholder.js";

/**
 * The decimals a share `{part/whole}` of a sentence is written with: those
 * of the form's percentage cell computed from the same part and whole
 * (`{r01.c2/r01.c1}` is PL01's `r01.c3`), otherwise the catalogue's
 * `percentDecimals` — one rule for every percentage.
 */
export function shareDecimals(annex: Pick<Annex, "derivedBy" | "index">, part: string, whole: string, percentDecimals: number): number {
  const [p, w] = [placeholderKey(part), placeholderKey(whole)];
  for (const instance of annex.derivedBy.values()) {
    if (instance.rule.kind !== "percentage" || !("part" in instance)) continue;
    const [onlyPart, ...moreParts] = instance.part;
    const [onlyWhole, ...moreWholes] = instance.whole;
    if (!onlyPart || !onlyWhole || moreParts.length > 0 || moreWholes.length > 0) continue;
    if (cellKey(onlyPart.row, onlyPart.column) !== p || cellKey(onlyWhole.row, onlyWhole.column) !== w) continue;
    const cell = annex.index.cell(instance.target.row, instance.target.column);
    if (cell) return cell.decimals.default;
  }
  return percentDecimals;
}
