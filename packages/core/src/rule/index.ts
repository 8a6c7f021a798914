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
export { lineText, ruleFormula, ruleText, type RuleLocale } from "./rule-text.js";
