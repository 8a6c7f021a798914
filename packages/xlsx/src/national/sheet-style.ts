import type { DrawnCell as Cell, DrawnRow as Row, DrawnSheet as Worksheet } from "../sheet-writer/index.js";
import { PRINT_MARGINS, fitPage, lineHeight, wrappedLines } from "@phuluc/core";

const FONT = "Times New Roman";
const thin = { style: "thin" as const, color: { argb: "FF000000" } };

/** Small shared styling for the national workbook's tables. */
export const style = {
  /**
   * A4 in the orientation the sheet's width asks for (`widths` of its
   * columns, `heightPoints` of its rows), fit to the page width, on one page
   * when it fits readably, the header rows repeated on every printed page.
   */
  printable(sheet: Worksheet, widths: readonly number[], heightPoints: number, headerRows?: string): void {
    const fit = fitPage(
      widths.reduce((a, b) => a + b, 0),
      heightPoints,
    );
    sheet.pageSetup = {
      paperSize: 9,
      orientation: fit.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: fit.fitToHeight,
      ...(headerRows ? { printTitlesRow: headerRows } : {}),
      margins: { ...PRINT_MARGINS },
    };
  },
  /**
   * The heading block of a national sheet: its title on row 1, then one
   * line each (period, cut-off, coverage …) from row 2, merged across the
   * `widths`' columns, each row tall enough for its wrapped text.
   */
  heading(sheet: Worksheet, widths: readonly number[], title: string, lines: readonly string[]): void {
    const total = widths.reduce((a, b) => a + b, 0);
    [title, ...lines].forEach((text, i) => {
      const r = i + 1;
      sheet.mergeCells(r, 1, r, widths.length);
      const cell = sheet.getCell(r, 1);
      cell.value = text;
      if (i === 0) style.title(cell);
      else style.subtitle(cell);
      const size = i === 0 ? 14 : 12;
      const n = wrappedLines(text, { size, bold: i === 0 }, total);
      sheet.getRow(r).height = n * lineHeight(size) + (i === 0 ? 8 : 2);
    });
  },
  title(cell: Cell): void {
    cell.font = { name: FONT, size: 14, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  },
  subtitle(cell: Cell): void {
    cell.font = { name: FONT, size: 12, italic: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
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
