import type { FormulaParts, FormulaPartsByKind, LineRuleKindName } from "../finding/rule-finding-params.js";
import type { CompareRule, DifferenceRule, PercentageRule, Rule, SumRule } from "./rule-schema.js";
import { parseAnnexCell, parseCell } from "./line-ref.js";

export type RuleLocale = "vi" | "en";

/** The declared rule of each line rule kind. */
export type LineRuleByKind = { sum: SumRule; difference: DifferenceRule; compare: CompareRule; percentage: PercentageRule };
export type LineRuleOf<K extends LineRuleKindName> = LineRuleByKind[K];
/** A rule checked line by line, with a formula. */
export type LineRule = LineRuleByKind[LineRuleKindName];

const OP: Record<"<=" | ">=" | "=", string> = { "<=": "≤", ">=": "≥", "=": "=" };

/** `r01` → `01`, `c2` → `(2)`: how forms write row codes and columns. */
export function lineText(ref: string): string {
  return ref.startsWith("r") ? ref.slice(1) : `(${ref.slice(1)})`;
}

function terms(refs: readonly string[], sign = "+"): string {
  return refs.map(lineText).join(` ${sign} `);
}

function grouped(refs: readonly string[]): string {
  return refs.length > 1 ? `(${terms(refs)})` : terms(refs);
}

function cellsRatio(part: readonly string[], whole: readonly string[], locale: RuleLocale): string {
  const cells = [...part, ...whole].map(parseCell);
  const sameRow = cells.every((c) => c.row === cells[0]?.row);
  const render = (refs: readonly string[]): string => {
    const text = refs
      .map(parseCell)
      .map((c) => (sameRow ? `(${c.column})` : c.row))
      .join(" + ");
    return refs.length > 1 ? `(${text})` : text;
  };
  const ratio = `${render(part)} / ${render(whole)} × 100`;
  if (!sameRow) return ratio;
  return `${ratio} ${locale === "vi" ? "của mã số" : "of row"} ${cells[0]?.row ?? ""}`;
}

/** The formula of each kind of line rule as forms print it. */
const FORMULAS: { [K in LineRuleKindName]: (rule: LineRuleOf<K>) => string } = {
  sum: (rule) => `${lineText(rule.target)} = ${terms(rule.parts)}`,
  difference: (rule) => `${lineText(rule.target)} = ${lineText(rule.minuend)} − ${terms(rule.subtrahends, "−")}`,
  compare: (rule) => `${terms(rule.left)} ${OP[rule.op]} ${typeof rule.right === "number" ? rule.right : terms(rule.right)}`,
  percentage: (rule) => `${lineText(rule.target)} = ${grouped(rule.part)} / ${grouped(rule.whole)} × 100`,
};

/** The formula of a line rule. */
export function lineFormula(rule: LineRule): string {
  // Each entry takes the rule of its own kind, which the table's type guarantees.
  return (FORMULAS[rule.kind] as (rule: LineRule) => string)(rule);
}

/**
 * The formula of a line rule as forms print it, the same in every locale:
 * `01 = 02 + 09 + 10`, `(3) = (2) / (1) × 100`, `02 + 03 ≤ 01`.
 */
export function ruleFormula(rule: Rule): string | undefined {
  switch (rule.kind) {
    case "sum":
    case "difference":
    case "compare":
    case "percentage":
      return lineFormula(rule);
    default:
      return undefined;
  }
}

const lines = (refs: readonly string[]) => refs.map(lineText);

/** How each kind of line rule names its rows or columns. */
const FORMULA_PARTS: { [K in LineRuleKindName]: (rule: LineRuleOf<K>) => FormulaPartsByKind[K] } = {
  sum: (rule) => ({ targetLine: lineText(rule.target), partLines: lines(rule.parts) }),
  difference: (rule) => ({ targetLine: lineText(rule.target), minuendLine: lineText(rule.minuend), subtrahendLines: lines(rule.subtrahends) }),
  compare: (rule) => ({ leftLines: lines(rule.left), rightLines: typeof rule.right === "number" ? [] : lines(rule.right) }),
  percentage: (rule) => ({ targetLine: lineText(rule.target), partLines: lines(rule.part), wholeLines: lines(rule.whole) }),
};

/** The rows and columns of a line rule's formula, as printed, for messages to build on. */
export function formulaParts(rule: LineRule): FormulaParts {
  // Each entry takes the rule of its own kind, which the table's type guarantees.
  return (FORMULA_PARTS[rule.kind] as (rule: LineRule) => FormulaParts)(rule);
}

function annexCellText(ref: string, locale: RuleLocale): string {
  const c = parseAnnexCell(ref);
  return locale === "vi" ? `${c.annex} mã số ${c.row} cột (${c.column})` : `${c.annex} row ${c.row} column (${c.column})`;
}

function rangeText(min: number | undefined, max: number | undefined, locale: RuleLocale): string {
  const n = (x: number) => String(x).replace(".", locale === "vi" ? "," : ".");
  if (min !== undefined && max !== undefined) return locale === "vi" ? `trong khoảng ${n(min)}–${n(max)}%` : `between ${n(min)}% and ${n(max)}%`;
  if (min !== undefined) return locale === "vi" ? `từ ${n(min)}% trở lên` : `at least ${n(min)}%`;
  return locale === "vi" ? `không quá ${n(max ?? 0)}%` : `at most ${n(max ?? 0)}%`;
}

/** The rule as a sentence for the legend printed under a form. */
export function ruleText(rule: Rule, locale: RuleLocale = "vi"): string {
  const vi = locale === "vi";
  const warn = rule.severity === "warning" ? (vi ? " (cảnh báo)" : " (warning)") : "";
  const national = rule.level === "national" ? (vi ? "Toàn quốc: " : "National: ") : "";
  const formula = ruleFormula(rule);
  if (formula !== undefined) {
    const scope =
      "in" in rule && rule.in
        ? ` (${rule.in.map((l) => (l.startsWith("r") ? `${vi ? "mã số" : "row"} ${lineText(l)}` : `${vi ? "cột" : "column"} ${lineText(l)}`)).join(", ")})`
        : "";
    return `${national}${formula}${scope}${warn}`;
  }
  switch (rule.kind) {
    case "cross-annex":
      return `${annexCellText(rule.left, locale)} ${OP[rule.op]} ${annexCellText(rule.right, locale)}${warn}`;
    case "change-limit": {
      const cells = rule.cells.map(parseCell);
      const rows = cells.map((c) => c.row).join(", ");
      return vi
        ? `Mã số ${rows}: thay đổi so với kỳ trước quá ${rule.maxChangePercent}%${warn}`
        : `Rows ${rows}: change from the previous period above ${rule.maxChangePercent}%${warn}`;
    }
    case "target-range":
      return `${national}${rule.indicator} = ${cellsRatio(rule.part, rule.whole, locale)} ${rangeText(rule.min, rule.max, locale)}${warn}`;
    default:
      return "";
  }
}
