import { annexCellText, OP_TEXT } from "../line-text.js";
import type { CellRuleKind } from "../rule-kind.js";
import { cellRuleFacts } from "./cell-rule-facts.js";

/** One cell against a cell of another annex of the same submission (checked against the catalogue, not one annex). */
export const CROSS_ANNEX_KIND: CellRuleKind<"cross-annex"> = {
  line: false,
  code: "rule.cross_annex",
  ...cellRuleFacts(() => []),
  annexCells: (rule) => [rule.left, rule.right],
  issues: () => [],
  previousCells: () => [],
  legend: (rule, locale, { warn }) => `${annexCellText(rule.left, locale)} ${OP_TEXT[rule.op]} ${annexCellText(rule.right, locale)}${warn}`,
};
