import type { Cell, Row, Worksheet } from "exceljs";

const FONT = "Times New Roman";
const thin = { style: "thin" as const, color: { argb: "FF000000" } };

/** Small shared styling for the national workbook's tables. */
export const style = {
  /** A4 landscape, fit to the page width, the header rows repeated on every printed page. */
  printable(sheet: Worksheet, headerRows?: string): void {
    sheet.pageSetup = {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(headerRows ? { printTitlesRow: headerRows } : {}),
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    };
  },
  title(cell: Cell): void {
    cell.font = { name: FONT, size: 14, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  },
  subtitle(cell: Cell): void {
    cell.font = { name: FONT, size: 12, italic: true };
    cell.alignment = { horizontal: "center" };
  },
  header(row: Row, from: number, to: number): void {
    for (let c = from; c <= to; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 11, bold: true };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  },
  body(row: Row, from: number, to: number, options: { bold?: boolean; fill?: string } = {}): void {
    for (let c = from; c <= to; c++) {
      const cell = row.getCell(c);
      cell.font = { name: FONT, size: 11, ...(options.bold ? { bold: true } : {}) };
      cell.alignment = { vertical: "top", wrapText: true, ...(cell.alignment ?? {}) };
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      if (options.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: options.fill } };
    }
  },
};
