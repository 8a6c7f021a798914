import type { Workbook } from "exceljs";
import { formatVietnameseDate, periodLabel, type ConsolidationResult, type ReportSentence } from "@phuluc/core";
import { SUMMARY_SHEET } from "./sheet-names.js";
import { style } from "./sheet-style.js";

/** The report sentences, ready to paste into the national report. */
export function addSummarySheet(workbook: Workbook, result: ConsolidationResult, sentences: readonly ReportSentence[], cutOff?: string): void {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, { properties: { tabColor: { argb: "FF2E7D32" } } });
  sheet.getColumn(1).width = 9;
  sheet.getColumn(2).width = 120;
  sheet.mergeCells(1, 1, 1, 2);
  sheet.getCell(1, 1).value = `TÓM TẮT SỐ LIỆU TỔNG HỢP ${periodLabel(result.period).toLocaleUpperCase("vi")}`;
  style.title(sheet.getCell(1, 1));
  sheet.mergeCells(2, 1, 2, 2);
  sheet.getCell(2, 1).value = cutOff ? `Số liệu tính đến ngày ${formatVietnameseDate(cutOff)}` : `Danh mục đơn vị: ${result.registry.title}`;
  style.subtitle(sheet.getCell(2, 1));
  style.printable(sheet, "4:4");
  const header = sheet.getRow(4);
  header.values = ["Phụ lục", "Nội dung"];
  style.header(header, 1, 2);
  sentences.forEach((s, i) => {
    const r = sheet.getRow(5 + i);
    r.values = [s.annex ?? "Chung", s.text];
    style.body(r, 1, 2);
    r.height = Math.max(18, Math.ceil(s.text.length / 130) * 16);
  });
}
