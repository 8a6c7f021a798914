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
export { instanceCells, isDeriving, type DerivingInstance, type RuleInstance } from "./rule-instance.js";
export { formulaParts, lineFormula, lineText, ruleFormula, ruleText, type LineRule, type LineRuleByKind, type RuleLocale } from "./rule-text.js";
