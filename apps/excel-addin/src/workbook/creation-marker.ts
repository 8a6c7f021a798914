import { TEMPLATE_ID } from "@phuluc/core";

/**
 * The `template` value `_meta` holds while the add-in is creating the annexes.
 * Excel runs a batch's operations one by one and keeps what ran when a later
 * one fails, so creation writes `_meta` first with this marker and sets the
 * real template id as its very last operation: a workbook whose creation was
 * cut off says so, and the pane redoes it instead of refusing its sheets.
 */
export const CREATING_TEMPLATE = `${TEMPLATE_ID}#creating`;

/** `_meta` rows marked as a creation under way. */
export function creatingRows(rows: readonly (readonly [string, string])[]): [string, string][] {
  return rows.map(([k, v]) => [k, k === "template" ? CREATING_TEMPLATE : v]);
}

/** The rows of a creation that was cut off, with the real template id back; undefined otherwise. */
export function interruptedRows(rows: readonly (readonly unknown[])[]): unknown[][] | undefined {
  if (!rows.some(([k, v]) => k === "template" && v === CREATING_TEMPLATE)) return undefined;
  return rows.map(([k, v]) => [k, k === "template" ? TEMPLATE_ID : v]);
}
