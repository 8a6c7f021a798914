import type { Workbook } from "exceljs";
import { periodLabel, type Period } from "@phuluc/core";
import { nextStepText, statusText, type FeedbackStatus } from "./feedback-status.js";

/** Name of the first sheet of a feedback workbook. */
export const RESULTS_SHEET = "Kết quả kiểm tra";

/** One finding as the results sheet lists it. */
export interface ResultRow {
  severity: string;
  /** The cell in this workbook, linked from the list; absent for findings about the file or a whole annex. */
  where: { sheet: string; address: string } | undefined;
  location: string;
  message: string;
}

export interface ResultsSheetInput {
  unitName: string;
  period: Period;
  fileName: string;
  status: FeedbackStatus;
  errors: number;
  /** Open warnings. */
  warnings: number;
  /** Warnings the unit justified. */
  justified: number;
  rows: readonly ResultRow[];
}

const FONT = "Times New Roman";
const SEVERITY_COLOUR: Record<string, string> = { Lỗi: "FFC00000", "Cảnh báo": "FF9C5700", "Đã giải trình": "FF375623" };
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } } as const;
const THIN = { style: "thin", color: { argb: "FF808080" } } as const;

/** A formula string literal: quotes doubled. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The first sheet of a feedback workbook: unit, period, file, status, what
 * to do next, then the findings with a link to each cell. Links are
 * HYPERLINK formulas to an in-workbook location, which Excel and LibreOffice
 * both follow (no external relationship part).
 */
export function addResultsSheet(workbook: Workbook, input: ResultsSheetInput): void {
  const sheet = workbook.addWorksheet(RESULTS_SHEET, { properties: { tabColor: { argb: "FFC00000" } } });
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 11;
  sheet.getColumn(3).width = 34;
  sheet.getColumn(4).width = 90;
  const heading: [string, number, boolean][] = [
    ["KẾT QUẢ KIỂM TRA PHỤ LỤC THỐNG KÊ", 14, true],
    [`Đơn vị: ${input.unitName}`, 12, true],
    [`Kỳ báo cáo: ${periodLabel(input.period)}`, 12, true],
    [`Tệp đã nhận: ${input.fileName}`, 12, false],
    [`Tình trạng: ${statusText(input.status)}`, 12, true],
    [`Kết quả: ${input.errors} lỗi, ${input.warnings} cảnh báo${input.justified > 0 ? `, ${input.justified} cảnh báo đã giải trình` : ""}.`, 12, false],
    [`Việc cần làm: ${nextStepText(input.errors, input.warnings)}`, 12, false],
  ];
  heading.forEach(([text, size, bold], i) => {
    const row = i + 1;
    sheet.mergeCells(row, 1, row, 4);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, size, bold };
    cell.alignment = { wrapText: true, vertical: "middle", ...(i === 0 ? { horizontal: "center" as const } : {}) };
    if (text.length > 110) sheet.getRow(row).height = 16 * Math.ceil(text.length / 110);
  });
  const top = heading.length + 2;
  ["STT", "Mức độ", "Vị trí", "Nội dung"].forEach((title, i) => {
    const cell = sheet.getCell(top, i + 1);
    cell.value = title;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });
  input.rows.forEach((r, i) => {
    const row = top + 1 + i;
    const values: unknown[] = [i + 1, r.severity, r.location, r.message];
    values.forEach((value, c) => {
      const cell = sheet.getCell(row, c + 1);
      cell.value = value as string | number;
      cell.font = { name: FONT, size: 12, ...(c === 1 ? { bold: true, color: { argb: SEVERITY_COLOUR[r.severity] ?? "FF9C5700" } } : {}) };
      cell.alignment = { vertical: "top", wrapText: true };
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    });
    if (r.where) {
      const target = `#'${r.where.sheet}'!${r.where.address}`;
      const text = `${r.location} (ô ${r.where.address})`;
      const link = sheet.getCell(row, 3);
      link.value = { formula: `HYPERLINK(${quoted(target)},${quoted(text)})`, result: text };
      link.font = { name: FONT, size: 12, color: { argb: "FF0563C1" }, underline: true };
    }
    const longest = Math.max(r.message.length / 85, r.location.length / 30);
    if (longest > 1) sheet.getRow(row).height = 16 * Math.ceil(longest);
  });
  if (input.rows.length === 0) {
    sheet.mergeCells(top + 1, 1, top + 1, 4);
    sheet.getCell(top + 1, 1).value = "Không có lỗi hay cảnh báo nào.";
  }
  sheet.views = [{ state: "frozen", ySplit: top, showGridLines: false }];
  sheet.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${top}:${top}` };
}
