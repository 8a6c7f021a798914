import type { Annex } from "../annex/annex.js";
import type { LineRuleKindName } from "../finding/rule-finding-params.js";
import type { Finding } from "../finding/finding.js";
import type { CellRuleKindName, RuleByKind } from "../rule/rule-kind.js";
import type { InstanceOf, RuleInstance } from "../rule/rule-instance.js";
import type { CellRule } from "../rule/rule-kinds.js";
import type { RuleKind } from "../rule/rule-schema.js";
import type { AnnexGrid } from "./cell-state.js";
import { checkChangeLimit, checkCrossAnnex, checkTargetRange } from "./check-cell-rules.js";
import { checkCompare, checkSumOrDifference } from "./check-line-rule.js";
import { checkPercentage } from "./check-percentage.js";
import type { FindingContext } from "./rule-finding.js";

/** What a rule on named cells is checked against: its annex's figures, the other annexes', the previous period's. */
export interface CellRuleContext {
  annex: Annex;
  grid: AnnexGrid;
  grids: ReadonlyMap<string, AnnexGrid>;
  previousGrid: AnnexGrid | undefined;
  previousLabel: string | undefined;
}

type LineCheck<K extends LineRuleKindName> = (ctx: FindingContext, instance: InstanceOf<K>) => Finding | null;
type CellCheck<K extends CellRuleKindName> = (rule: RuleByKind[K], ctx: CellRuleContext) => Finding[];

const listed = (f: Finding | null): Finding[] => (f ? [f] : []);

/** How validation checks each kind of rule: a line rule at one instance, a cell rule once per annex. */
export const RULE_CHECKS: { readonly [K in RuleKind]: K extends LineRuleKindName ? LineCheck<K> : K extends CellRuleKindName ? CellCheck<K> : never } = {
  sum: checkSumOrDifference,
  difference: checkSumOrDifference,
  compare: checkCompare,
  percentage: checkPercentage,
  "cross-annex": (rule, ctx) => listed(checkCrossAnnex(rule, ctx.grids)),
  "change-limit": (rule, ctx) => checkChangeLimit(rule, ctx.annex, ctx.grid, ctx.previousGrid, ctx.previousLabel),
  "target-range": (rule, ctx) => listed(checkTargetRange(rule, ctx.annex, ctx.grid)),
};

/** Evaluates one line-rule instance: the finding, or null when it holds or cannot be evaluated. */
export function checkLineRule(ctx: FindingContext, instance: RuleInstance): Finding | null {
  // Each entry takes the instances of its own kind: the table's type says so.
  return (RULE_CHECKS[instance.rule.kind] as LineCheck<LineRuleKindName>)(ctx, instance);
}

/** Checks one rule on named cells: its findings. */
export function checkCellRule(rule: CellRule, ctx: CellRuleContext): Finding[] {
  return (RULE_CHECKS[rule.kind] as CellCheck<CellRuleKindName>)(rule, ctx);
}
