import { percentOf, roundHalfUp } from "../../numbers/index.js";
import { groupedText, linesText, lineText } from "../line-text.js";
import type { LineRuleKind } from "../rule-kind.js";
import { cellKeys } from "./cell-keys.js";
import { lineRuleFacts } from "./line-rule-facts.js";

/** `target = sum(part) / sum(whole) × 100`, stated with its written decimals. */
export const PERCENTAGE_KIND: LineRuleKind<"percentage"> = {
  line: true,
  code: "rule.percentage",
  ...lineRuleFacts((rule) => [rule.target, ...rule.part, ...rule.whole]),
  formula: (rule) => `${lineText(rule.target)} = ${groupedText(rule.part)} / ${groupedText(rule.whole)} × 100`,
  parts: (rule) => ({ targetLine: lineText(rule.target), partLines: linesText(rule.part), wholeLines: linesText(rule.whole) }),
  anchor: (rule) => rule.target,
  additive: false,
  instance: (rule, cell) => ({ rule, target: cell(rule.target), part: rule.part.map(cell), whole: rule.whole.map(cell) }),
  cellsOf: (i) => [i.target, ...i.part, ...i.whole],
  derivation: {
    // Computed from the counts, never averaged, rounded half up to the cell's default decimals.
    compute: (i, decimals) => {
      const part = cellKeys(i.part);
      const whole = cellKeys(i.whole);
      return (total) => {
        const p = total(part);
        const w = total(whole);
        if (p === undefined || w === undefined) return undefined;
        const ratio = percentOf(p, w);
        return ratio === null ? null : roundHalfUp(ratio, decimals);
      };
    },
    // Empty while the whole is 0 or blank; ROUND is half away from zero, which is half up for these non-negative figures.
    excel: (i, sumOf, _addressOf, decimals) => `IF(N(${sumOf(i.whole)})=0,"",ROUND(${sumOf(i.part)}/${sumOf(i.whole)}*100,${decimals}))`,
  },
};
