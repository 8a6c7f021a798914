import { linesText, lineText, termsText } from "../line-text.js";
import type { LineRuleKind } from "../rule-kind.js";
import { cellKeys } from "./cell-keys.js";
import { lineRuleFacts } from "./line-rule-facts.js";

/** `target = sum of parts`. */
export const SUM_KIND: LineRuleKind<"sum"> = {
  line: true,
  code: "rule.sum",
  ...lineRuleFacts((rule) => [rule.target, ...rule.parts]),
  formula: (rule) => `${lineText(rule.target)} = ${termsText(rule.parts)}`,
  parts: (rule) => ({ targetLine: lineText(rule.target), partLines: linesText(rule.parts) }),
  anchor: (rule) => rule.target,
  additive: true,
  instance: (rule, cell) => ({ rule, target: cell(rule.target), parts: rule.parts.map(cell) }),
  cellsOf: (i) => [i.target, ...i.parts],
  derivation: {
    compute: (i) => {
      const parts = cellKeys(i.parts);
      return (total) => total(parts);
    },
    excel: (i, sumOf) => sumOf(i.parts),
  },
};
