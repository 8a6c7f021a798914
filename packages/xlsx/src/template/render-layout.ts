import type { CellValue } from "exceljs";
import type { DrawnSheet } from "../sheet-writer/index.js";
import { PRINT_MARGINS, vietnameseNumberFormat, type FormLayout, type LayoutCell } from "@phuluc/core";
import { ROLE_STYLES } from "./role-styles.js";

/** What to put in a data cell when a template is pre-filled. */
export interface CellFill {
  /** A literal value (an input, or a derived cell the officer overwrote). */
  value?: string | number | null;
  /** Cached result of the cell's formula, as Excel would compute it. */
  result?: string | number | null;
  numberFormat?: string;
  /** Write the value instead of the formula (an overwritten derived cell). */
  overwrite?: boolean;
}

function cellValue(cell: LayoutCell, fill: CellFill | undefined): CellValue {
  if (cell.role === "derived" && cell.formula !== undefined && !fill?.overwrite) {
    const result = fill?.result;
    return result === undefined || result === null ? { formula: cell.formula } : ({ formula: cell.formula, result } as CellValue);
  }
  if (fill && fill.value !== undefined) return fill.value;
  return cell.value ?? null;
}

/**
 * Renders core's form layout on a worksheet: values, formulas, merges,
 * styles by role, row heights, input validation, protection (inputs
 * unlocked), A4 as the layout chose it with the table headers repeated on
 * every page.
 */
export function renderLayout(sheet: DrawnSheet, layout: FormLayout, fills?: ReadonlyMap<string, CellFill>): void {
  layout.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const cell of layout.cells) {
    const target = sheet.getCell(cell.row, cell.column);
    const fill = cell.key ? fills?.get(cell.key) : undefined;
    target.value = cellValue(cell, fill);
    const style = ROLE_STYLES[cell.role];
    target.font = style.font;
    target.alignment = cell.indent ? { ...style.alignment, indent: cell.indent * 2 } : style.alignment;
    if (style.border) target.border = style.border;
    if (style.fill) target.fill = style.fill;
    // A unit's own format (pre-filled figures) is tagged like the form's, so it prints with Vietnamese separators too.
    const format = fill?.numberFormat !== undefined ? vietnameseNumberFormat(fill.numberFormat) : cell.numberFormat;
    if (format) target.numFmt = format;
    if (cell.role === "code") target.numFmt = "@";
    if (cell.role === "input") target.protection = { locked: false };
    if (cell.validation) {
      const v = cell.validation;
      target.dataValidation = {
        type: v.type,
        operator: v.max === undefined ? "greaterThanOrEqual" : "between",
        allowBlank: true,
        formulae: v.max === undefined ? [v.min] : [v.min, v.max],
        showInputMessage: true,
        promptTitle: v.promptTitle,
        prompt: v.prompt,
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: v.errorTitle,
        error: v.error,
      };
    }
    if ((cell.rowSpan ?? 1) > 1 || (cell.colSpan ?? 1) > 1) {
      sheet.mergeCells(cell.row, cell.column, cell.row + (cell.rowSpan ?? 1) - 1, cell.column + (cell.colSpan ?? 1) - 1);
    }
  }
  for (const [row, height] of layout.rowHeights) sheet.getRow(row).height = height;
  sheet.pageSetup = {
    paperSize: 9,
    orientation: layout.page.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: layout.page.fitToHeight,
    printTitlesRow: `${layout.printTitleRows.from}:${layout.printTitleRows.to}`,
    margins: { ...PRINT_MARGINS },
  };
  sheet.views = [{ state: "normal", showGridLines: false }];
  if (layout.protect) {
    // Cell formatting stays allowed so the Excel add-in can mark findings without
    // lifting the protection (which would clear the officer's undo history).
    // No password: the protection keeps formulas from being typed over by
    // accident; it is not a security boundary. exceljs applies it synchronously.
    void sheet.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatCells: true, formatColumns: true, formatRows: true });
  }
}
