import type { Finding, FindingPath } from "../finding/finding.js";
import { applyJustifications, type AppliedJustifications } from "../justification/apply-justifications.js";
import type { Justification } from "../justification/justification.js";
import { canonical, type Decimal } from "../numbers/decimal.js";
import { cellKey } from "../rule/line-ref.js";

/**
 * At the national step, a unit's warnings against peers meet the
 * justifications validation handed back (`laterJustifications`): the ones
 * that match are "đã giải trình", the others are reported as for any
 * justification matching no current warning. `figure` gives the unit's
 * current value at a finding's cell.
 */
export function judgeLaterJustifications(
  findings: readonly Finding[],
  later: readonly Justification[],
  figure: (annex: string, key: string) => Decimal | undefined,
  where: Pick<FindingPath, "file" | "unit"> = {},
): AppliedJustifications {
  const currentValue = (f: Finding) => {
    const v = f.path.annex && f.path.row && f.path.column !== undefined ? figure(f.path.annex, cellKey(f.path.row, f.path.column)) : undefined;
    return v === undefined ? undefined : canonical(v);
  };
  const applied = applyJustifications(findings, later, currentValue);
  return { ...applied, problems: applied.problems.map((p) => ({ ...p, path: { ...where, ...p.path } })) };
}
