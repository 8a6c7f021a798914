import type { Annex } from "../annex/annex.js";
import type { Finding } from "../finding/finding.js";
import type {
  FormulaPartsByKind,
  LineRuleFindingParams,
  RuleCheckParamsByCode,
  RuleFindingCode,
  RuleFindingParams,
  RuleKindsByCode,
} from "../finding/rule-finding-params.js";
import type { CellKey } from "../rule/line-ref.js";
import type { InstanceOf, RuleInstance } from "../rule/rule-instance.js";
import { lineRuleKind } from "../rule/rule-kinds.js";
import { formulaParts, lineFormula } from "../rule/rule-text.js";
import type { AnnexGrid } from "./cell-state.js";
import { addressOf } from "./operand.js";
import { cellPath } from "./read-grid.js";

export interface FindingContext {
  annex: Annex;
  grid: AnnexGrid;
}

/** Whether the rule's terms are rows (printed `01`) or columns (`(1)`). */
function axisOf(instance: RuleInstance): "row" | "column" {
  return lineRuleKind(instance.rule).anchor(instance.rule).startsWith("r") ? "row" : "column";
}

/** The crossing line an instance applies at, for messages: column (1), or row 03. */
export function crossing(instance: RuleInstance, at: CellKey): Pick<LineRuleFindingParams, "atColumn" | "atRow"> {
  return axisOf(instance) === "row" ? { atColumn: at.column } : { atRow: at.row };
}

/**
 * Builds a rule finding pointing at `at`, listing the addresses of every cell
 * involved: the line rule's params, the check's `params` (typed by the code)
 * and the parts of the rule's formula.
 */
export function ruleFinding<C extends RuleFindingCode>(
  ctx: FindingContext,
  instance: InstanceOf<RuleKindsByCode[C]>,
  code: C,
  at: CellKey,
  involved: readonly CellKey[],
  params: RuleCheckParamsByCode[C],
): Finding {
  const cells = involved.map((c) => addressOf(ctx.grid, c)).filter((a): a is string => a !== undefined);
  const rule = instance.rule;
  const line: LineRuleFindingParams = {
    formula: lineFormula(rule),
    axis: axisOf(instance),
    ...crossing(instance, at),
    ...(cells.length > 0 ? { cells } : {}),
  };
  // The instance is of a kind that raises `code` (its type says so): its formula has that kind's parts.
  const parts = formulaParts(rule) as FormulaPartsByKind[RuleKindsByCode[C]];
  const typed: RuleFindingParams<C> = { ...line, ...params, ...parts };
  return {
    code,
    severity: rule.severity,
    rule: rule.id,
    path: cellPath(ctx.annex.code, at.row, at.column, addressOf(ctx.grid, at)),
    params: typed,
  };
}

/** A derived cell left empty while every operand is there: say what it should hold. */
export function derivedMissing(ctx: FindingContext, instance: InstanceOf<RuleKindsByCode["cell.derived_missing"]>, at: CellKey, expected: string): Finding {
  return { ...ruleFinding(ctx, instance, "cell.derived_missing", at, [at], { expected }), severity: "error" };
}
