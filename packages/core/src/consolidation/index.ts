export type {
  AnnexComparison,
  ConsolidatedAnnex,
  ConsolidationResult,
  Coverage,
  ExclusionReason,
  GroupFigures,
  NationalFigure,
  PreviousComparison,
  UnitStatus,
} from "./consolidation-result.js";
export { consolidate, ConsolidationError, type ConsolidateOptions, type UnitReturn } from "./consolidate.js";
export { consolidateFigures, inputsOf, sumInputs, type AnnexFigures, type AnnexInputs, type UnitInputs } from "./figures.js";
export { mapPrevious, type MappedPrevious, type PreviousFigures } from "./map-previous.js";
export { nationalSubmission } from "./national-submission.js";
export { LazyMap } from "./lazy-map.js";
export { comparableScope, leftOutText, scopeNote, type ComparableScope, type LeftOutReason, type LeftOutUnit, type ScopeInput } from "./comparable-scope.js";
