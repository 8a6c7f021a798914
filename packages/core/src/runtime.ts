// `@phuluc/core/runtime`: everything but the document schemas of `./documents` (no zod).
export type { Finding, FindingParam, FindingPath, Severity } from "./finding/finding.js";
export { FINDING_CODES, REASON_CODES, type FindingCode } from "./finding/finding-code.js";
export type {
  CompareFindingParams,
  CompareFormulaParts,
  DerivedMissingFindingParams,
  DifferenceFindingParams,
  DifferenceFormulaParts,
  FormulaParts,
  FormulaPartsByKind,
  LineRuleFindingParams,
  PercentageDecimalsFindingParams,
  PercentageFindingParams,
  PercentageFormulaParts,
  PercentageWholeZeroFindingParams,
  RuleCheckParamsByCode,
  RuleFindingCode,
  RuleFindingParams,
  SumFindingParams,
  SumFormulaParts,
} from "./finding/rule-finding-params.js";
export { SchemaError, type SchemaIssue } from "./errors/schema-error.js";
export { InternalError } from "./errors/internal-error.js";
export {
  argumentError,
  describeValue,
  expectBytes,
  expectCatalogue,
  expectPeriod,
  expectRecord,
  expectSubmission,
  expectUnit,
} from "./errors/argument-error.js";
export * from "./numbers/index.js";
export * from "./annex/index.js";
export * from "./rule/index.js";
export * from "./catalogue/index.js";
export * from "./submission/index.js";
export * from "./engine/index.js";
export * from "./messages/index.js";
export * from "./sample/index.js";
export * from "./units/index.js";
export * from "./periods/index.js";
export * from "./consolidation/index.js";
export * from "./report/index.js";
export * from "./layout/index.js";
export * from "./text/index.js";
export * from "./tidy/index.js";
export * from "./justification/index.js";
export * from "./plausibility/index.js";
export * from "./view/index.js";
export * from "./browser/index.js";
