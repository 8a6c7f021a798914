import { cellNumberFormat } from "../annex/cell-number-format.js";
import type { Catalogue } from "../catalogue/catalogue.js";
import type { Submission } from "../submission/submission.js";
import type { ConsolidatedAnnex } from "./consolidation-result.js";
import { cellKey } from "../rule/line-ref.js";

/**
 * National figures (or, for the change against the previous period, both
 * sides of the like-for-like comparison) as a submission, so that the
 * national-level rules (targets, period-over-period changes) run through the
 * same engine as a unit's figures.
 */
export function nationalSubmission(catalogue: Catalogue, annexes: readonly ConsolidatedAnnex[], which: "current" | "previous" | "compared"): Submission {
  const submission: Submission = { annexes: {} };
  for (const consolidated of annexes) {
    const annex = catalogue.annex(consolidated.code);
    if (!annex) continue;
    const cells: Submission["annexes"][string]["cells"] = {};
    for (const spec of annex.index.cells) {
      const key = cellKey(spec.row.code, spec.column.number);
      const value =
        which === "current"
          ? consolidated.national.get(key)?.value
          : which === "compared"
            ? consolidated.comparison?.current.get(key)
            : consolidated.comparison?.previous.get(key);
      if (value === undefined) continue;
      const v = value === null ? null : value.toNumber();
      cells[key] = spec.kind === "percent" ? { value: v, numberFormat: cellNumberFormat(spec) } : { value: v };
    }
    if (which !== "current" && !consolidated.comparison) continue;
    submission.annexes[annex.code] = { code: annex.code, cells };
  }
  return submission;
}
