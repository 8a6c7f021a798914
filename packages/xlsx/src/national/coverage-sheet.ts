import type { Workbook } from "exceljs";
import { periodLabel, type ConsolidationResult } from "@phuluc/core";
import type { FileEntry } from "./national-input.js";
import { neutralizeText } from "./neutralize-text.js";
import { COVERAGE_SHEET } from "./sheet-names.js";
import { style } from "./sheet-style.js";

const STATUS: Record<string, string> = {
  included: "Đã tổng hợp",
  excluded: "Không tổng hợp",
  missing: "Chưa nộp",
};

const FILE_STATUS: Record<FileEntry["status"], string> = {
  included: "Đã tổng hợp",
  excluded: "Không tổng hợp",
  duplicate: "Tệp trùng",
  wrong_period: "Sai kỳ báo cáo",
  unknown_unit: "Không xác định được đơn vị",
  not_annex: "Không phải tệp phụ lục",
  unreadable: "Không đọc được",
};

function reasonOf(status: ConsolidationResult["units"][number]): string {
  if (status.status === "missing") return "Không có tệp của đơn vị trong thư mục";
  if (status.status === "excluded") return `Số liệu có ${status.errors} lỗi (xem trang ${"Kết quả kiểm tra"})`;
  if (status.includedWithErrors) return `Tổng hợp theo yêu cầu dù còn ${status.errors} lỗi`;
  return "";
}

/** Every expected unit with its status, file, SHA-256 and reason; then every other file found. */
export function addCoverageSheet(workbook: Workbook, result: ConsolidationResult, files: readonly FileEntry[]): void {
  const sheet = workbook.addWorksheet(COVERAGE_SHEET);
  const widths = [6, 10, 34, 16, 44, 36, 66, 8, 10];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.mergeCells(1, 1, 1, widths.length);
  sheet.getCell(1, 1).value = `TÌNH HÌNH NỘP BÁO CÁO — ${periodLabel(result.period).toLocaleUpperCase("vi")}`;
  style.title(sheet.getCell(1, 1));
  const c = result.coverage;
  sheet.mergeCells(2, 1, 2, widths.length);
  sheet.getCell(2, 1).value = `Phải nộp ${c.expected} · đã nhận ${c.received} · đã tổng hợp ${c.included} · không tổng hợp ${c.excluded} · chưa nộp ${c.missing} (${result.registry.title})`;
  style.subtitle(sheet.getCell(2, 1));

  style.printable(sheet, "4:4");
  const header = sheet.getRow(4);
  header.values = ["STT", "Mã đơn vị", "Đơn vị", "Trạng thái", "Lý do", "Tệp", "SHA-256", "Số lỗi", "Số cảnh báo"];
  style.header(header, 1, widths.length);
  const byUnit = new Map<string, FileEntry>();
  for (const f of files) if (f.unit && (f.status === "included" || f.status === "excluded")) byUnit.set(f.unit, f);
  let row = 5;
  result.units.forEach((u, i) => {
    const file = byUnit.get(u.unit.code);
    const r = sheet.getRow(row++);
    r.values = [
      i + 1,
      u.unit.code,
      u.unit.name,
      STATUS[u.status] ?? u.status,
      reasonOf(u),
      file ? neutralizeText(file.file) : u.file ? neutralizeText(u.file) : "",
      file?.sha256 ?? "",
      u.status === "missing" ? null : u.errors,
      u.status === "missing" ? null : u.warnings,
    ];
    style.body(r, 1, widths.length, u.status === "included" ? {} : { fill: u.status === "missing" ? "FFFCE4D6" : "FFFFF2CC" });
  });

  const others = files.filter((f) => f.status !== "included" && f.status !== "excluded");
  if (others.length === 0) return;
  row++;
  sheet.mergeCells(row, 1, row, widths.length);
  sheet.getCell(row, 1).value = "Các tệp khác trong thư mục";
  sheet.getCell(row, 1).font = { name: "Times New Roman", size: 12, bold: true };
  row++;
  const h = sheet.getRow(row++);
  h.values = ["STT", "Mã đơn vị", "", "Trạng thái", "Lý do", "Tệp", "SHA-256"];
  style.header(h, 1, 7);
  others.forEach((f, i) => {
    const r = sheet.getRow(row++);
    r.values = [i + 1, f.unit ?? "", "", FILE_STATUS[f.status], neutralizeText(f.reason ?? ""), neutralizeText(f.file), f.sha256];
    style.body(r, 1, 7, { fill: "FFFFF2CC" });
  });
}
