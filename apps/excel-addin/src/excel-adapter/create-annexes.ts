import { META_SHEET } from "@phuluc/core";
import { CREATING_TEMPLATE, creatingRows } from "../workbook/creation-marker.js";
import { justificationSheetPlan } from "../workbook/justification-plan.js";
import type { RenderPlan } from "../workbook/render-plan.js";
import { drawJustificationSheet } from "./draw-justification-sheet.js";
import { drawSheet } from "./draw-sheet.js";
import { queueMetaRows } from "./meta-sheet.js";

/** What the workbook held before: blank sheets to remove, and leftovers of a creation that was cut off. */
export interface CreateScene {
  blankSheets: readonly string[];
  /** Sheets with an annex's name left by an interrupted creation: set aside, then removed. */
  leftovers: readonly string[];
  /** `_meta` is there already (an interrupted creation): rewrite it rather than add one. */
  hasMeta: boolean;
  /** The sheet "Giải trình" is there already: kept as it is (it may hold the unit's justifications). */
  hasJustificationSheet: boolean;
}

/**
 * Adds one sheet per annex, drawn from core's layout, the sheet "Giải trình"
 * (unless the workbook has one) and the very hidden `_meta` sheet; removes the blank sheets a new workbook starts with. One
 * write sync, in an order that can be recovered: `_meta` is written first,
 * marked as a creation under way, and only the batch's last operation gives
 * it the real template id. Excel keeps the operations that ran before a
 * failing one, so a cut-off creation leaves a workbook the pane recognises
 * and redoes (see creation-marker.ts). Each annex sheet is protected by its
 * own drawing and never unprotected.
 */
export async function createAnnexes(
  context: Excel.RequestContext,
  plans: readonly RenderPlan[],
  metaRows: readonly (readonly [string, string])[],
  scene: CreateScene,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const meta = scene.hasMeta ? sheets.getItem(META_SHEET) : sheets.add(META_SHEET);
  queueMetaRows(meta, creatingRows(metaRows));
  meta.visibility = "VeryHidden";
  // Leftovers keep their content until the new sheets are drawn; their names are freed first.
  scene.leftovers.forEach((name, i) => (sheets.getItem(name).name = `~${i + 1} ${name}`.slice(0, 31)));
  for (const plan of plans) drawSheet(sheets.add(plan.sheet), plan);
  if (!scene.hasJustificationSheet) {
    const justification = justificationSheetPlan();
    drawJustificationSheet(sheets.add(justification.sheet), justification);
  }
  scene.leftovers.forEach((name, i) => sheets.getItem(`~${i + 1} ${name}`.slice(0, 31)).delete());
  for (const name of scene.blankSheets) sheets.getItem(name).delete();
  const first = plans[0];
  if (first) {
    const sheet = sheets.getItem(first.sheet);
    sheet.activate();
    if (first.firstInput) sheet.getRange(first.firstInput).select();
  }
  const template = metaRows.findIndex(([k]) => k === "template");
  if (template >= 0) meta.getRange(`B${template + 1}`).values = [[metaRows[template]?.[1] ?? CREATING_TEMPLATE]];
  await context.sync();
}
