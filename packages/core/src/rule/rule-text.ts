import type { FormulaParts } from "../finding/rule-finding-params.js";
import { lineText, type RuleLocale } from "./line-text.js";
import { cellRuleKind, isLineRule, lineRuleKind, type LineRule } from "./rule-kinds.js";
import type { Rule } from "./rule-schema.js";

/** The formula of a line rule as forms print it. */
export function lineFormula(rule: LineRule): string {
  return lineRuleKind(rule).formula(rule);
}

/** The rows and columns of a line rule's formula, as printed, for messages to build on. */
export function formulaParts(rule: LineRule): FormulaParts {
  return lineRuleKind(rule).parts(rule);
}

/**
 * The formula of a line rule as forms print it, the same in every locale:
 * `01 = 02 + 09 + 10`, `(3) = (2) / (1) × 100`, `02 + 03 ≤ 01`.
 */
export function ruleFormula(rule: Rule): string | undefined {
  return isLineRule(rule) ? lineFormula(rule) : undefined;
}

/** The rule as a sentence for the legend printed under a form. */
export function ruleText(rule: Rule, locale: RuleLocale = "vi"): string {
  const vi = locale === "vi";
  const warn = rule.severity === "warning" ? (vi ? " (cảnh báo)" : " (warning)") : "";
  const national = rule.level === "national" ? (vi ? "Toàn quốc: " : "National: ") : "";
  if (!isLineRule(rule)) return cellRuleKind(rule).legend(rule, locale, { national, warn });
  const scope = rule.in
    ? ` (${rule.in.map((l) => (l.startsWith("r") ? `${vi ? "mã số" : "row"} ${lineText(l)}` : `${vi ? "cột" : "column"} ${lineText(l)}`)).join(", ")})`
    : "";
  return `${national}${lineFormula(rule)}${scope}${warn}`;
}
