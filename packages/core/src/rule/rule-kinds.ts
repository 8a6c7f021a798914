import type { LineRuleKindName } from "../finding/rule-finding-params.js";
import { CHANGE_LIMIT_KIND } from "./kinds/change-limit-kind.js";
import { COMPARE_KIND } from "./kinds/compare-kind.js";
import { CROSS_ANNEX_KIND } from "./kinds/cross-annex-kind.js";
import { DIFFERENCE_KIND } from "./kinds/difference-kind.js";
import { PERCENTAGE_KIND } from "./kinds/percentage-kind.js";
import { SUM_KIND } from "./kinds/sum-kind.js";
import { TARGET_RANGE_KIND } from "./kinds/target-range-kind.js";
import type { CellRuleKind, CellRuleKindName, LineRuleKind, RuleByKind, RuleKindEntry, RuleKindFacts } from "./rule-kind.js";
import type { Rule, RuleKind } from "./rule-schema.js";

/**
 * Every kind of rule, and what the annex's checks, validation, messages and
 * the form's layout need of it. A new kind in the rule schema is an entry
 * here, which the compiler asks for complete.
 */
export const RULE_KINDS: { readonly [K in RuleKind]: RuleKindEntry<K> } = {
  sum: SUM_KIND,
  difference: DIFFERENCE_KIND,
  compare: COMPARE_KIND,
  percentage: PERCENTAGE_KIND,
  "cross-annex": CROSS_ANNEX_KIND,
  "change-limit": CHANGE_LIMIT_KIND,
  "target-range": TARGET_RANGE_KIND,
};

/** A rule checked line by line, with a formula. */
export type LineRule = RuleByKind[LineRuleKindName];
/** A rule on named cells. */
export type CellRule = RuleByKind[CellRuleKindName];

export function isLineRule(rule: Rule): rule is LineRule {
  return RULE_KINDS[rule.kind].line;
}

/** The entry of a line rule's kind, taking that rule. */
export function lineRuleKind<R extends LineRule>(rule: R): LineRuleKind<R["kind"]> {
  // Each entry takes the rules of its own kind: the table's type says so.
  return RULE_KINDS[rule.kind] as unknown as LineRuleKind<R["kind"]>;
}

/** The entry of a cell rule's kind, taking that rule. */
export function cellRuleKind<R extends CellRule>(rule: R): CellRuleKind<R["kind"]> {
  return RULE_KINDS[rule.kind] as unknown as CellRuleKind<R["kind"]>;
}

/** The entry of any rule's kind, for what every kind says (lines, cells, issues, previous cells). */
export function ruleKind(rule: Rule): RuleKindFacts<Rule> {
  return RULE_KINDS[rule.kind] as unknown as RuleKindFacts<Rule>;
}
