export type {
  ChangeLimitRule,
  CompareRule,
  CrossAnnexRule,
  DifferenceRule,
  PercentageRule,
  Rule,
  RuleInput,
  RuleKind,
  SumRule,
  TargetRangeRule,
} from "./rule-schema.js";
export { cellKey, parseAnnexCell, parseCell, parseLine, type CellKey, type Line } from "./line-ref.js";
export { instanceCells, isDeriving, type DerivingInstance, type InstanceOf, type RuleInstance } from "./rule-instance.js";
export { lineText, type RuleLocale } from "./line-text.js";
export { formulaParts, lineFormula, ruleFormula, ruleText } from "./rule-text.js";
export { RULE_KINDS, isLineRule, type CellRule, type LineRule } from "./rule-kinds.js";
export type { CellRuleKind, CellRuleKindName, Derivation, LineRuleKind, RuleByKind, RuleKindEntry } from "./rule-kind.js";
