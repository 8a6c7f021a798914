import { JUSTIFICATION_SHEET, type JustificationCell } from "@phuluc/core";
import { JUSTIFICATION_RANGE, type JustificationSheetRead } from "../workbook/justification-read.js";

/** The lines of the sheet "Giải trình", or found false when the workbook has none. Two syncs when found. */
export async function readJustificationSheet(context: Excel.RequestContext): Promise<JustificationSheetRead> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(JUSTIFICATION_SHEET);
  await context.sync();
  if (sheet.isNullObject) return { found: false };
  const range = sheet.getRange(JUSTIFICATION_RANGE);
  range.load("values");
  await context.sync();
  return { found: true, values: range.values };
}

/** Writes one line of the sheet "Giải trình" (the cells core gives): one sync. */
export async function writeJustificationCells(context: Excel.RequestContext, cells: readonly JustificationCell[]): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(JUSTIFICATION_SHEET);
  for (const cell of cells) sheet.getRange(cell.address).values = [[cell.value]];
  await context.sync();
}
