/**
 * The params of the findings a line rule raises, typed per code. Every value
 * is flat (strings, numbers, string lists) so that JSON reports stay plain;
 * numbers are canonical decimal strings. Rows print as `01`, columns as `(2)`.
 */

/** `01 = 02 + 09 + 10`: the target and the lines added. */
export type SumFormulaParts = { targetLine: string; partLines: readonly string[] };

/** `03 = 01 − 02`. */
export type DifferenceFormulaParts = { targetLine: string; minuendLine: string; subtrahendLines: readonly string[] };

/** `02 + 03 ≤ 01`; `rightLines` is empty when the right side is a constant. */
export type CompareFormulaParts = { leftLines: readonly string[]; rightLines: readonly string[] };

/** `(3) = (2) / (1) × 100`. */
export type PercentageFormulaParts = { targetLine: string; partLines: readonly string[]; wholeLines: readonly string[] };

/**
 * The parts of a line rule's formula by the rule's kind: messages build
 * their sentences from these, never by reading the `formula` text back.
 */
export type FormulaPartsByKind = {
  sum: SumFormulaParts;
  difference: DifferenceFormulaParts;
  compare: CompareFormulaParts;
  percentage: PercentageFormulaParts;
};

/** A rule kind checked line by line (rows or columns), with a formula. */
export type LineRuleKindName = keyof FormulaPartsByKind;

export type FormulaParts = FormulaPartsByKind[LineRuleKindName];

/** What every finding of a line rule carries. */
export type LineRuleFindingParams = {
  /** The formula as forms print it, e.g. `01 = 02 + 03`; kept for people and reports, never parsed. */
  formula: string;
  /** Whether the rule's terms are rows or columns. */
  axis: "row" | "column";
  /** The column a row rule was checked in. */
  atColumn?: number;
  /** The row a column rule was checked in. */
  atRow?: string;
  /** Addresses of the cells involved, e.g. `PL02!D9`. */
  cells?: readonly string[];
};

/** `rule.sum` and `rule.difference`: the stated target and what its terms give. */
type TotalCheckParams = {
  stated: string;
  computed: string;
  /** Values of the terms in the formula's order (the minuend first). */
  terms: readonly string[];
  /** stated − computed. */
  difference: string;
};

/** What each check adds to the line rule's params, by finding code. */
export type RuleCheckParamsByCode = {
  /** Target ≠ sum of its parts. */
  "rule.sum": TotalCheckParams;
  /** Target ≠ minuend − subtrahends. */
  "rule.difference": TotalCheckParams;
  /** sum(left) op sum(right) does not hold. */
  "rule.compare": {
    op: "<=" | ">=" | "=";
    left: string;
    right: string;
    leftTerms: readonly string[];
    rightTerms: readonly string[];
    /** The right side is a constant, printed as is. */
    constant?: true;
  };
  /** The stated percentage is not part / whole × 100 rounded to `decimals`. */
  "rule.percentage": {
    stated: string;
    decimals: number;
    computed: string;
    expected: string;
    part: string;
    whole: string;
    partTerms: readonly string[];
  };
  /** A percentage stated over a whole of 0. */
  "rule.percentage_whole_zero": { stated: string; part: string; whole: string; partTerms: readonly string[] };
  /** A right percentage written with more decimals than the form allows. */
  "rule.percentage_decimals": { stated: string; decimals: number; min: number; max: number };
  /** A derived cell left empty: what the rule that derives it gives. */
  "cell.derived_missing": { expected: string };
};

/** The finding codes a line rule raises. */
export type RuleFindingCode = keyof RuleCheckParamsByCode;

/** The kinds of line rule that raise each code. */
export type RuleKindsByCode = {
  "rule.sum": "sum";
  "rule.difference": "difference";
  "rule.compare": "compare";
  "rule.percentage": "percentage";
  "rule.percentage_whole_zero": "percentage";
  "rule.percentage_decimals": "percentage";
  "cell.derived_missing": "sum" | "difference" | "percentage";
};

/** The params of a finding of code `C`: the line rule's, the check's, and the formula's parts. */
export type RuleFindingParams<C extends RuleFindingCode> = LineRuleFindingParams & RuleCheckParamsByCode[C] & FormulaPartsByKind[RuleKindsByCode[C]];

export type SumFindingParams = RuleFindingParams<"rule.sum">;
export type DifferenceFindingParams = RuleFindingParams<"rule.difference">;
export type CompareFindingParams = RuleFindingParams<"rule.compare">;
export type PercentageFindingParams = RuleFindingParams<"rule.percentage">;
export type PercentageWholeZeroFindingParams = RuleFindingParams<"rule.percentage_whole_zero">;
export type PercentageDecimalsFindingParams = RuleFindingParams<"rule.percentage_decimals">;
export type DerivedMissingFindingParams = RuleFindingParams<"cell.derived_missing">;
