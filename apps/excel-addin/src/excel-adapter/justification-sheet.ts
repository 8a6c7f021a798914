import { JUSTIFICATION_SHEET, type JustificationCell } from "@phuluc/core";
import { JUSTIFICATION_RANGE } from "../workbook/justification-read.js";

/** The values of the lines of the sheet "Giải trình" (which the workbook's survey showed): one sync. */
export async function readJustificationValues(context: Excel.RequestContext): Promise<unknown[][]> {
  const range = context.workbook.worksheets.getItem(JUSTIFICATION_SHEET).getRange(JUSTIFICATION_RANGE);
  range.load("values");
  await context.sync();
  return range.values;
}

/** Writes one line of the sheet "Giải trình" (the cells core gives): one sync. */
export async function writeJustificationCells(context: Excel.RequestContext, cells: readonly JustificationCell[]): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(JUSTIFICATION_SHEET);
  for (const cell of cells) sheet.getRange(cell.address).values = [[cell.value]];
  await context.sync();
}
