import type { JustificationSheetPlan } from "../workbook/justification-plan.js";
import { EDGES, queueA4Landscape } from "./draw-sheet.js";

const FONT = "Times New Roman";

/**
 * Queues the drawing of the sheet "Giải trình" (no sync here): heading,
 * header row and numbered empty lines, as the template has it. The sheet is
 * left unprotected: the officer types the justifications there, and the
 * pane's "Giải trình" button writes its lines there.
 */
export function drawJustificationSheet(sheet: Excel.Worksheet, plan: JustificationSheetPlan): void {
  sheet.tabColor = plan.tabColor;
  sheet.showGridlines = false;
  for (const { column, points } of plan.columnWidths) sheet.getRange(`${column}:${column}`).format.columnWidth = points;

  const area = sheet.getRange(plan.area);
  area.values = plan.values;
  area.format.font.name = FONT;
  area.format.font.size = 12;
  area.format.verticalAlignment = "Top";

  for (const line of plan.heading) {
    const range = sheet.getRange(line.range);
    range.merge(false);
    range.format.wrapText = true;
    range.format.verticalAlignment = "Center";
    range.format.font.bold = line.title;
    range.format.font.italic = !line.title;
    if (line.title) {
      range.format.font.size = 14;
      range.format.horizontalAlignment = "Center";
    }
    if (line.points !== undefined) range.format.rowHeight = line.points;
  }

  const header = sheet.getRange(plan.header).format;
  header.font.bold = true;
  header.fill.color = plan.headerFill;
  header.horizontalAlignment = "Center";
  header.verticalAlignment = "Center";
  header.wrapText = true;

  const borders = sheet.getRange(plan.table).format.borders;
  for (const edge of EDGES) {
    const border = borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#808080";
  }
  sheet.getRange(plan.text).format.wrapText = true;
  sheet.getRange(plan.value.range).numberFormat = plan.value.numberFormats;

  queueA4Landscape(sheet, plan.printTitleRows);
}
