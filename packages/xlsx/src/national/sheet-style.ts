import type { Cell, Row } from "exceljs";

const FONT = "Times New Roman";
const thin = { style: "thin" as const, color: { argb: "FF000000" } };

/** Small shared styling for the national workbook's tables. */
export const style = {
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
