import type { CellKey } from "../line-ref.js";
import { linesText, lineText, termsText } from "../line-text.js";
import type { LineRuleKind } from "../rule-kind.js";
import { cellKeys } from "./cell-keys.js";
import { lineRuleFacts } from "./line-rule-facts.js";

/** `target = minuend − subtrahends`. */
export const DIFFERENCE_KIND: LineRuleKind<"difference"> = {
  line: true,
  code: "rule.difference",
  ...lineRuleFacts((rule) => [rule.target, rule.minuend, ...rule.subtrahends]),
  formula: (rule) => `${lineText(rule.target)} = ${lineText(rule.minuend)} − ${termsText(rule.subtrahends, "−")}`,
  parts: (rule) => ({ targetLine: lineText(rule.target), minuendLine: lineText(rule.minuend), subtrahendLines: linesText(rule.subtrahends) }),
  anchor: (rule) => rule.target,
  additive: true,
  instance: (rule, cell) => ({ rule, target: cell(rule.target), minuend: cell(rule.minuend), subtrahends: rule.subtrahends.map(cell) }),
  cellsOf: (i) => [i.target, i.minuend, ...i.subtrahends],
  derivation: {
    compute: (i) => {
      const minuend = cellKeys([i.minuend]);
      const subtrahends = cellKeys(i.subtrahends);
      return (total) => {
        const m = total(minuend);
        const s = total(subtrahends);
        return m === undefined || s === undefined ? undefined : m.minus(s);
      };
    },
    excel: (i, sumOf, addressOf) => `${addressOf(i.minuend)}-${i.subtrahends.length > 1 ? sumOf(i.subtrahends) : addressOf(i.subtrahends[0] as CellKey)}`,
  },
};
