import { parseCell } from "../line-ref.js";
import type { CellRuleKind } from "../rule-kind.js";
import { cellRuleFacts } from "./cell-rule-facts.js";

/** Period over period: a cell changing by more than the limit is flagged. */
export const CHANGE_LIMIT_KIND: CellRuleKind<"change-limit"> = {
  line: false,
  code: "rule.change_limit",
  ...cellRuleFacts((rule) => rule.cells),
  annexCells: () => [],
  issues: () => [],
  previousCells: (rule) => rule.cells,
  legend: (rule, locale, { warn }) => {
    const rows = rule.cells
      .map(parseCell)
      .map((c) => c.row)
      .join(", ");
    return locale === "vi"
      ? `Mã số ${rows}: thay đổi so với kỳ trước quá ${rule.maxChangePercent}%${warn}`
      : `Rows ${rows}: change from the previous period above ${rule.maxChangePercent}%${warn}`;
  },
};
