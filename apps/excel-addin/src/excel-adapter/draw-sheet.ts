import type { RenderPlan } from "../workbook/render-plan.js";
import type { RoleFormat } from "../workbook/role-format.js";

/**
 * Protection the forms carry: inputs editable, formulas and labels locked, rows
 * and columns resizable, cell formatting allowed so that the findings' marks
 * are painted without lifting the protection (which would clear the officer's
 * undo history, see paint-cells.ts).
 */
export const FORM_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  selectionMode: "Normal",
};

/** The edges of a boxed table: outline and inside lines. */
export const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"] as const;

/** Queues the page set-up the forms print with: A4 landscape, one page wide, these rows repeated on each page. */
export function queueA4Landscape(sheet: Excel.Worksheet, printTitleRows: string): void {
  const page = sheet.pageLayout;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.leftMargin = 36;
  page.rightMargin = 36;
  page.topMargin = 43.2;
  page.bottomMargin = 43.2;
  page.headerMargin = 21.6;
  page.footerMargin = 21.6;
  page.setPrintTitleRows(printTitleRows);
}

function applyFormat(format: Excel.RangeFormat, role: RoleFormat): void {
  format.font.name = role.font.name;
  format.font.size = role.font.size;
  format.font.bold = role.font.bold;
  format.font.italic = role.font.italic;
  format.font.underline = role.font.underline ? "Single" : "None";
  format.horizontalAlignment = role.horizontal;
  if (role.vertical) format.verticalAlignment = role.vertical;
  format.wrapText = role.wrap;
  if (role.fill) format.fill.color = role.fill;
}

/**
 * Queues the drawing of one annex sheet (no sync here): values and formulas
 * of the whole area in one write, formats per role through RangeAreas,
 * borders, merges, sizes, data validation, page set-up, then protection.
 */
export function drawSheet(sheet: Excel.Worksheet, plan: RenderPlan): void {
  sheet.tabColor = plan.tabColor;
  sheet.showGridlines = false;
  for (const { column, points } of plan.columnWidths) sheet.getRange(`${column}:${column}`).format.columnWidth = points;

  const area = sheet.getRange(plan.area);
  area.numberFormat = plan.numberFormats;
  area.formulas = plan.formulas;

  for (const style of plan.styles) applyFormat(sheet.getRanges(style.addresses.join(",")).format, style.format);
  for (const indent of plan.indents) sheet.getRanges(indent.addresses.join(",")).format.indentLevel = indent.level;
  if (plan.borders.length > 0) {
    const boxed = sheet.getRanges(plan.borders.join(",")).format.borders;
    for (const edge of EDGES) {
      const border = boxed.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
  for (const merge of plan.merges) sheet.getRange(merge).merge(false);
  for (const { row, points } of plan.rowHeights) sheet.getRange(`${row}:${row}`).format.rowHeight = points;

  if (plan.unlocked.length > 0) sheet.getRanges(plan.unlocked.join(",")).format.protection.locked = false;
  for (const { address, rule } of plan.validations) {
    const validation = sheet.getRange(address).dataValidation;
    const basic: Excel.BasicDataValidation =
      rule.max === undefined ? { formula1: rule.min, operator: "GreaterThanOrEqualTo" } : { formula1: rule.min, formula2: rule.max, operator: "Between" };
    validation.rule = rule.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
    validation.ignoreBlanks = true;
    validation.prompt = { showPrompt: true, title: rule.promptTitle, message: rule.prompt };
    validation.errorAlert = { showAlert: true, style: "Stop", title: rule.errorTitle, message: rule.error };
  }

  queueA4Landscape(sheet, plan.printTitleRows);

  sheet.protection.protect(FORM_PROTECTION);
}
