import type { Workbook } from "exceljs";
import { formatFinding, type Catalogue, type ConsolidationResult } from "@phuluc/core";
import type { NationalWorkbookInput } from "./national-input.js";
import { neutralizeText } from "./neutralize-text.js";
import { FINDINGS_SHEET } from "./sheet-names.js";
import { style } from "./sheet-style.js";

/** Every finding: file, unit, annex, cell, severity and the Vietnamese message; national findings last. */
export function addFindingsSheet(
  workbook: Workbook,
  catalogue: Catalogue,
  result: ConsolidationResult,
  findings: NationalWorkbookInput["findings"],
): void {
  const sheet = workbook.addWorksheet(FINDINGS_SHEET);
  const widths = [6, 30, 22, 9, 14, 11, 100];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const header = sheet.getRow(1);
  header.values = ["STT", "Tệp", "Đơn vị", "Phụ lục", "Ô", "Mức độ", "Nội dung"];
  style.header(header, 1, widths.length);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  style.printable(sheet, "1:1");
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };
  const names = new Map(result.units.map((u) => [u.unit.code, u.unit.name]));
  const all: NationalWorkbookInput["findings"] = [...findings, ...result.findings.map((finding) => ({ unit: "Toàn quốc", finding }))];
  all.forEach((entry, i) => {
    const f = entry.finding;
    const r = sheet.getRow(i + 2);
    r.values = [
      i + 1,
      neutralizeText(entry.file ?? ""),
      neutralizeText(entry.unit ? (names.get(entry.unit) ?? entry.unit) : ""),
      f.path.annex ?? "",
      neutralizeText(f.path.cell ?? ""),
      f.severity === "error" ? "Lỗi" : "Cảnh báo",
      neutralizeText(formatFinding(f, { catalogue, withoutFile: true })),
    ];
    style.body(r, 1, widths.length, f.severity === "error" ? { fill: "FFFCE4D6" } : {});
  });
}
