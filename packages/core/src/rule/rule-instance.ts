import type { CellKey } from "./line-ref.js";
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

/** Instances whose target cell is filled by a formula on the form. */
export type DerivingInstance = Extract<RuleInstance, { target: CellKey }>;

export function isDeriving(instance: RuleInstance): instance is DerivingInstance {
  return "target" in instance && instance.rule.derived;
}

/** Every cell the instance reads, target first. */
export function instanceCells(instance: RuleInstance): CellKey[] {
  switch (instance.rule.kind) {
    case "sum": {
      const i = instance as Extract<RuleInstance, { rule: SumRule }>;
      return [i.target, ...i.parts];
    }
    case "difference": {
      const i = instance as Extract<RuleInstance, { rule: DifferenceRule }>;
      return [i.target, i.minuend, ...i.subtrahends];
    }
    case "compare": {
      const i = instance as Extract<RuleInstance, { rule: CompareRule }>;
      return [...i.left, ...(typeof i.right === "number" ? [] : i.right)];
    }
    case "percentage": {
      const i = instance as Extract<RuleInstance, { rule: PercentageRule }>;
      return [i.target, ...i.part, ...i.whole];
    }
  }
}
