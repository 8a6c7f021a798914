import { META_SHEET } from "@phuluc/core";
import type { RenderPlan } from "../workbook/render-plan.js";
import { drawSheet } from "./draw-sheet.js";
import { queueMetaRows } from "./meta-sheet.js";

/**
 * Adds one sheet per annex, drawn from core's layout, and the very hidden
 * `_meta` sheet; removes the blank sheets a new workbook starts with. One
 * write sync. The task pane is also set to open with this workbook.
 */
export async function createAnnexes(
  context: Excel.RequestContext,
  plans: readonly RenderPlan[],
  metaRows: readonly (readonly [string, string])[],
  blankSheets: readonly string[],
): Promise<void> {
  const sheets = context.workbook.worksheets;
  for (const plan of plans) drawSheet(sheets.add(plan.sheet), plan);
  const meta = sheets.add(META_SHEET);
  queueMetaRows(meta, metaRows);
  meta.visibility = "VeryHidden";
  for (const name of blankSheets) sheets.getItem(name).delete();
  const first = plans[0];
  if (first) {
    const sheet = sheets.getItem(first.sheet);
    sheet.activate();
    if (first.firstInput) sheet.getRange(first.firstInput).select();
  }
  await context.sync();
}
