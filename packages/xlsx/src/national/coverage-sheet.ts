import type { DrawnWorkbook } from "../sheet-writer/index.js";
import { FILE_STATUS_LABEL, capitalised, periodLabel, type ConsolidationResult, type FileStatus } from "@phuluc/core";
import type { FileEntry } from "./national-input.js";
import { neutralizeText } from "./neutralize-text.js";
import { registryLine } from "./registry-line.js";
import { COVERAGE_SHEET } from "./sheet-names.js";
import { style } from "./sheet-style.js";
import { carrierTable, fittedRow, type Carrier, type TableRow, type WrittenTable } from "./written-table.js";

const STATUS: Record<string, string> = {
  included: "Đã tổng hợp",
  excluded: "Không tổng hợp",
  missing: "Chưa nộp",
};

/** A file's status in the table, capitalised; an excluded file's errors are told in the next column. */
const fileStatus = (status: FileStatus): string => (status === "excluded" ? "Không tổng hợp" : capitalised(FILE_STATUS_LABEL[status]));

function reasonOf(status: ConsolidationResult["units"][number]): string {
  if (status.status === "missing") return "Không có tệp của đơn vị trong thư mục";
  if (status.status === "excluded") return `Số liệu có ${status.errors} lỗi (xem trang ${"Kết quả kiểm tra"})`;
  if (status.includedWithErrors) return `Tổng hợp theo yêu cầu dù còn ${status.errors} lỗi`;
  return "";
}

const UNIT_LOOK: Record<string, { fill?: string }> = { included: {}, excluded: { fill: "FFFFF2CC" }, missing: { fill: "FFFCE4D6" } };
const COLUMNS = 9;
const FIRST_BODY_ROW = 5;

/**
 * Every expected unit with its status, file, SHA-256 and reason; then every
 * other file found. the sheet writer renders the heading and one row of each kind;
 * the rows themselves are written as the workbook is compressed (see
 * expandedSheet), so 10,000 units and files cost little.
 */
export function addCoverageSheet(workbook: DrawnWorkbook, result: ConsolidationResult, files: readonly FileEntry[]): WrittenTable {
  const sheet = workbook.addWorksheet(COVERAGE_SHEET);
  const widths = [6, 10, 34, 16, 44, 36, 66, 8, 10];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const c = result.coverage;
  style.heading(sheet, widths, `TÌNH HÌNH NỘP BÁO CÁO — ${periodLabel(result.period).toLocaleUpperCase("vi")}`, [
    `Phải nộp ${c.expected} · đã nhận ${c.received} · đã tổng hợp ${c.included} · không tổng hợp ${c.excluded} · chưa nộp ${c.missing} (${registryLine(result)})`,
  ]);
  style.printable(sheet, widths, 90 + 16 * (result.units.length + files.length), "4:4");
  const header = sheet.getRow(4);
  header.values = ["STT", "Mã đơn vị", "Đơn vị", "Trạng thái", "Lý do", "Tệp", "SHA-256", "Số lỗi", "Số cảnh báo"];
  style.header(header, 1, COLUMNS);

  const byUnit = new Map<string, FileEntry>();
  for (const f of files) if (f.unit && (f.status === "included" || f.status === "excluded")) byUnit.set(f.unit, f);
  const byName = new Map(files.map((f) => [f.file, f]));
  const unitRow = (u: ConsolidationResult["units"][number], i: number): TableRow => {
    const file = byUnit.get(u.unit.code) ?? (u.reason === "unreadable" && u.file ? byName.get(u.file) : undefined);
    return fittedRow(
      {
        kind: u.status,
        values: [
          i + 1,
          u.unit.code,
          u.unit.name,
          STATUS[u.status] ?? u.status,
          u.reason === "unreadable" ? neutralizeText(`Đã nộp nhưng không đọc được: ${file?.reason ?? ""}`) : reasonOf(u),
          file ? neutralizeText(file.file) : u.file ? neutralizeText(u.file) : "",
          file?.sha256 ?? "",
          u.status === "missing" ? null : u.errors,
          u.status === "missing" ? null : u.warnings,
        ],
      },
      widths,
    );
  };
  const others = files.filter((f) => f.status !== "included" && f.status !== "excluded");
  const otherRow = (f: FileEntry, i: number): TableRow =>
    fittedRow(
      { kind: "other", values: [i + 1, f.unit ?? "", "", fileStatus(f.status), neutralizeText(f.reason ?? ""), neutralizeText(f.file), f.sha256] },
      widths,
    );
  const othersTitle: TableRow = { kind: "others-title", values: ["Các tệp khác trong thư mục", ...Array<null>(COLUMNS - 1).fill(null)], mergeAcross: true };
  const othersHeader: TableRow = { kind: "others-header", values: ["STT", "Mã đơn vị", "", "Trạng thái", "Lý do", "Tệp", "SHA-256"] };
  function* rows(): Generator<TableRow> {
    for (let i = 0; i < result.units.length; i++) yield unitRow(result.units[i] as ConsolidationResult["units"][number], i);
    if (others.length === 0) return;
    yield { kind: "gap", values: [] };
    yield othersTitle;
    yield othersHeader;
    for (let i = 0; i < others.length; i++) yield otherRow(others[i] as FileEntry, i);
  }

  // One carrier per kind present, in the order rows come.
  const carriers: Carrier[] = [];
  for (const status of ["included", "excluded", "missing"] as const) {
    const i = result.units.findIndex((u) => u.status === status);
    const u = result.units[i];
    if (u) carriers.push({ row: unitRow(u, i), look: (r) => style.body(r, 1, COLUMNS, UNIT_LOOK[status]) });
  }
  if (others.length > 0) {
    carriers.push({
      row: othersTitle,
      look: (r) => {
        const cell = r.getCell(1);
        cell.font = { name: "Times New Roman", size: 12, bold: true };
      },
    });
    carriers.push({ row: othersHeader, look: (r) => style.header(r, 1, 7) });
    carriers.push({ row: otherRow(others[0] as FileEntry, 0), look: (r) => style.body(r, 1, 7, { fill: "FFFFF2CC" }) });
  }
  const rowCount = result.units.length + (others.length > 0 ? 3 + others.length : 0);
  return carrierTable(sheet, { firstRow: FIRST_BODY_ROW, columns: COLUMNS, rowCount, rows }, carriers);
}
