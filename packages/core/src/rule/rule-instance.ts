import type { LineRuleKindName } from "../finding/rule-finding-params.js";
import type { CellKey } from "./line-ref.js";
import { lineRuleKind } from "./rule-kinds.js";
import type { CompareRule, DifferenceRule, PercentageRule, SumRule } from "./rule-schema.js";

/**
 * A declared line rule applied at one crossing line: `r01 = r02 + r09 + r10`
 * in column (1) becomes one instance with concrete cells.
 */
export type RuleInstance =
  | { rule: SumRule; target: CellKey; parts: CellKey[] }
  | { rule: DifferenceRule; target: CellKey; minuend: CellKey; subtrahends: CellKey[] }
  | { rule: CompareRule; left: CellKey[]; right: CellKey[] | number }
  | { rule: PercentageRule; target: CellKey; part: CellKey[]; whole: CellKey[] };

/** An instance of a line rule of kind `K`. */
export type InstanceOf<K extends LineRuleKindName> = Extract<RuleInstance, { rule: { kind: K } }>;

/** Instances whose target cell is filled by a formula on the form. */
export type DerivingInstance = Extract<RuleInstance, { target: CellKey }>;

export function isDeriving(instance: RuleInstance): instance is DerivingInstance {
  return "target" in instance && instance.rule.derived;
}

/** Every cell the instance reads, target first. */
export function instanceCells(instance: RuleInstance): CellKey[] {
  return lineRuleKind(instance.rule).cellsOf(instance);
}
