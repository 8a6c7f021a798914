import type { Workbook, Worksheet } from "exceljs";
import { JUSTIFICATION_HEADING, JUSTIFICATION_SHEET, JUSTIFICATION_TABLE, justificationCells, type Justification } from "@phuluc/core";

const FONT = "Times New Roman";
const THIN = { style: "thin", color: { argb: "FF808080" } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${JUSTIFICATION_TABLE.headerFill}` } } as const;

function lineStyle(sheet: Worksheet, row: number): void {
  const columns: { readonly [name: string]: number } = JUSTIFICATION_TABLE.columns;
  for (let c = 1; c <= JUSTIFICATION_TABLE.headers.length; c++) {
    const cell = sheet.getCell(row, c);
    cell.font = { name: FONT, size: 12 };
    cell.border = BORDER;
    cell.alignment = { vertical: "top", wrapText: c === columns.text };
  }
}

/**
 * The sheet "Giải trình" of a template: a heading saying what it is for,
 * then a table (STT, cell, rule, value when justified, text) where the
 * unit explains warnings it confirms. `lines` are written first (the
 * justifications carried over, and the open warnings ready for a text);
 * empty lines follow for typing. The layout is core's JUSTIFICATION_TABLE,
 * which the reader and the add-in use too.
 */
export function addJustificationSheet(workbook: Workbook, lines: readonly Justification[] = []): Worksheet {
  const sheet = workbook.addWorksheet(JUSTIFICATION_SHEET, { properties: { tabColor: { argb: `FF${JUSTIFICATION_TABLE.tabColor}` } } });
  const { headerRow, firstRow, headers, columns, widths, emptyLines } = JUSTIFICATION_TABLE;
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  JUSTIFICATION_HEADING.forEach((text, i) => {
    sheet.mergeCells(i + 1, columns.number, i + 1, columns.text);
    const cell = sheet.getCell(i + 1, columns.number);
    cell.value = text;
    cell.font = { name: FONT, size: i === 0 ? 14 : 12, bold: i === 0, italic: i > 0 };
    cell.alignment = { wrapText: true, vertical: "middle", ...(i === 0 ? { horizontal: "center" as const } : {}) };
    if (text.length > 120) sheet.getRow(i + 1).height = 16 * Math.ceil(text.length / 120);
  });
  headers.forEach((title, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = title;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  lines.forEach((line, i) => {
    for (const { address, value } of justificationCells(line, i)) sheet.getCell(address).value = value === "" ? null : value;
    lineStyle(sheet, firstRow + i);
  });
  for (let i = lines.length; i < lines.length + emptyLines; i++) {
    sheet.getCell(firstRow + i, columns.number).value = i + 1;
    lineStyle(sheet, firstRow + i);
  }
  sheet.getColumn(columns.value).numFmt = "#,##0.##";
  sheet.views = [{ state: "frozen", ySplit: headerRow, showGridLines: false }];
  sheet.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headerRow}:${headerRow}` };
  return sheet;
}
