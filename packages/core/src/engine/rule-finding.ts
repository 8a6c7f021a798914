import type { Annex } from "../annex/annex.js";
import type { Finding, FindingParam } from "../finding/finding.js";
import type { FindingCode } from "../finding/finding-code.js";
import type { CellKey } from "../rule/line-ref.js";
import type { RuleInstance } from "../rule/rule-instance.js";
import { ruleFormula } from "../rule/rule-text.js";
import type { AnnexGrid } from "./cell-state.js";
import { addressOf } from "./operand.js";
import { cellPath } from "./read-grid.js";

export interface FindingContext {
  annex: Annex;
  grid: AnnexGrid;
}

/** Whether the rule's terms are rows (printed `01`) or columns (`(1)`). */
function axisOf(instance: RuleInstance): "row" | "column" {
  const rule = instance.rule;
  const ref = rule.kind === "compare" ? (rule.left[0] ?? "") : rule.target;
  return ref.startsWith("r") ? "row" : "column";
}

/** The crossing line an instance applies at, for messages: column (1), or row 03. */
export function crossing(instance: RuleInstance, at: CellKey): Record<string, FindingParam> {
  return axisOf(instance) === "row" ? { atColumn: at.column } : { atRow: at.row };
}

/** Builds a rule finding pointing at `at`, listing the addresses of every cell involved. */
export function ruleFinding(
  ctx: FindingContext,
  instance: RuleInstance,
  code: FindingCode,
  at: CellKey,
  involved: readonly CellKey[],
  params: Record<string, FindingParam>,
): Finding {
  const cells = involved.map((c) => addressOf(ctx.grid, c)).filter((a): a is string => a !== undefined);
  const formula = ruleFormula(instance.rule);
  return {
    code,
    severity: instance.rule.severity,
    rule: instance.rule.id,
    path: cellPath(ctx.annex.code, at.row, at.column, addressOf(ctx.grid, at)),
    params: {
      ...(formula === undefined ? {} : { formula }),
      axis: axisOf(instance),
      ...crossing(instance, at),
      ...(cells.length > 0 ? { cells } : {}),
      ...params,
    },
  };
}

/** A derived cell left empty while every operand is there: say what it should hold. */
export function derivedMissing(ctx: FindingContext, instance: RuleInstance, at: CellKey, expected: string): Finding {
  return { ...ruleFinding(ctx, instance, "cell.derived_missing", at, [at], { expected }), severity: "error" };
}
