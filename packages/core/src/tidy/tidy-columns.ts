/**
 * The columns of the tidy figure table, one row per figure, in order. Names
 * are ASCII snake_case so that R, pandas and Power BI take them as they are;
 * apps/cli/docs/tidy-csv.md describes each in Vietnamese.
 */
export const TIDY_COLUMNS = [
  "period",
  "unit_code",
  "unit_name",
  "group",
  "annex",
  "row_code",
  "row_label",
  "column",
  "column_header",
  "value",
  "unit_of_measure",
  "status",
  "file",
  "sheet",
  "cell",
] as const;

export type TidyColumn = (typeof TIDY_COLUMNS)[number];

/** One figure. `value` is a canonical decimal ("23.3", "1019"), empty when the cell is empty or unreadable. */
export type TidyRow = Record<TidyColumn, string>;

/**
 * A unit's standing: `included` in the totals, `excluded` (errors or a
 * duplicate file), `checked` (validated, not consolidated).
 */
export type TidyStatus = "included" | "excluded" | "duplicate" | "checked";

/**
 * A figure's status in the table: its unit's, except that a figure of a
 * unit in the totals (or only checked) that carries a warning the unit
 * justified is `justified` (đã giải trình): in the totals all the same.
 */
export type TidyFigureStatus = TidyStatus | "justified";
