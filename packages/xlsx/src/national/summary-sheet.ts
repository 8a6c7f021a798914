import type { DrawnWorkbook } from "../sheet-writer/index.js";
import { EXCEL_MAX_ROW_POINTS, formatVietnameseDate, lineHeight, periodLabel, wrappedLines, type ConsolidationResult, type ReportSentence } from "@phuluc/core";
import { registryLine } from "./registry-line.js";
import { neutralizeText } from "./neutralize-text.js";
import { SUMMARY_SHEET } from "./sheet-names.js";
import { style } from "./sheet-style.js";

/** The report sentences, ready to paste into the national report. */
export function addSummarySheet(workbook: DrawnWorkbook, result: ConsolidationResult, sentences: readonly ReportSentence[], cutOff?: string): void {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, { properties: { tabColor: { argb: "FF2E7D32" } } });
  const widths = [9, 120];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const dated = cutOff ? `Số liệu tính đến ngày ${formatVietnameseDate(cutOff)} · ` : "";
  style.heading(sheet, widths, `TÓM TẮT SỐ LIỆU TỔNG HỢP ${periodLabel(result.period).toLocaleUpperCase("vi")}`, [`${dated}${registryLine(result)}`]);
  const heightOf = (text: string) => wrappedLines(text, { size: 11 }, widths[1] ?? 0) * lineHeight(11) + 4;
  const bodyHeight = sentences.reduce((h, s) => h + heightOf(s.text), 0);
  style.printable(sheet, widths, 90 + bodyHeight, "4:4");
  const header = sheet.getRow(4);
  header.values = ["Phụ lục", "Nội dung"];
  style.header(header, 1, 2);
  sentences.forEach((s, i) => {
    const r = sheet.getRow(5 + i);
    const text = neutralizeText(s.text);
    r.values = [s.annex ?? "Chung", text];
    style.body(r, 1, 2);
    r.height = Math.min(EXCEL_MAX_ROW_POINTS, heightOf(text));
  });
}
