export {
  ruleSchema,
  type ChangeLimitRule,
  type CompareRule,
  type CrossAnnexRule,
  type DifferenceRule,
  type PercentageRule,
  type Rule,
  type RuleInput,
  type RuleKind,
  type SumRule,
  type TargetRangeRule,
} from "./rule-schema.js";
export { cellKey, parseAnnexCell, parseCell, parseLine, type CellKey, type Line } from "./line-ref.js";
export { instanceCells, isDeriving, type DerivingInstance, type RuleInstance } from "./rule-instance.js";
export { lineText, ruleFormula, ruleText, type RuleLocale } from "./rule-text.js";
