import { linesText, OP_TEXT, termsText } from "../line-text.js";
import type { LineRuleKind } from "../rule-kind.js";
import { lineRuleFacts } from "./line-rule-facts.js";

/** `sum(left) op sum(right)`, or `sum(left) op` a constant. */
export const COMPARE_KIND: LineRuleKind<"compare"> = {
  line: true,
  code: "rule.compare",
  ...lineRuleFacts((rule) => [...rule.left, ...(typeof rule.right === "number" ? [] : rule.right)]),
  formula: (rule) => `${termsText(rule.left)} ${OP_TEXT[rule.op]} ${typeof rule.right === "number" ? rule.right : termsText(rule.right)}`,
  parts: (rule) => ({ leftLines: linesText(rule.left), rightLines: typeof rule.right === "number" ? [] : linesText(rule.right) }),
  anchor: (rule) => rule.left[0] ?? "",
  additive: true,
  instance: (rule, cell) => ({ rule, left: rule.left.map(cell), right: typeof rule.right === "number" ? rule.right : rule.right.map(cell) }),
  cellsOf: (i) => [...i.left, ...(typeof i.right === "number" ? [] : i.right)],
};
