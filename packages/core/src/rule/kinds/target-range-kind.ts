import { parseCell } from "../line-ref.js";
import type { RuleLocale } from "../line-text.js";
import type { CellRuleKind } from "../rule-kind.js";
import { cellRuleFacts } from "./cell-rule-facts.js";

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

function rangeText(min: number | undefined, max: number | undefined, locale: RuleLocale): string {
  const n = (x: number) => String(x).replace(".", locale === "vi" ? "," : ".");
  if (min !== undefined && max !== undefined) return locale === "vi" ? `trong khoảng ${n(min)}–${n(max)}%` : `between ${n(min)}% and ${n(max)}%`;
  if (min !== undefined) return locale === "vi" ? `từ ${n(min)}% trở lên` : `at least ${n(min)}%`;
  return locale === "vi" ? `không quá ${n(max ?? 0)}%` : `at most ${n(max ?? 0)}%`;
}

/** A derived ratio sum(part)/sum(whole)×100 that should lie in [min, max]. */
export const TARGET_RANGE_KIND: CellRuleKind<"target-range"> = {
  line: false,
  code: "rule.target_range",
  ...cellRuleFacts((rule) => [...rule.part, ...rule.whole, ...(rule.at ? [rule.at] : [])]),
  annexCells: () => [],
  issues: (rule) => (rule.min === undefined && rule.max === undefined ? ["khoảng mục tiêu cần min hoặc max"] : []),
  previousCells: () => [],
  legend: (rule, locale, { national, warn }) =>
    `${national}${rule.indicator} = ${cellsRatio(rule.part, rule.whole, locale)} ${rangeText(rule.min, rule.max, locale)}${warn}`,
};
