import type { DrawnWorkbook } from "../sheet-writer/index.js";
import { formatFinding, periodLabel, type Catalogue, type ConsolidationResult } from "@phuluc/core";
import type { NationalWorkbookInput } from "./national-input.js";
import { neutralizeText } from "./neutralize-text.js";
import { FINDINGS_SHEET } from "./sheet-names.js";
import { style } from "./sheet-style.js";
import { carrierTable, fittedRow, type Carrier, type TableRow, type WrittenTable } from "./written-table.js";

const HEADER_ROW = 4;

/**
 * Under its title, every finding: file, unit, annex, cell, severity and the Vietnamese
 * message; national findings last. The header and one row per severity
 * are drawn; the rows are written as the workbook is compressed.
 */
export function addFindingsSheet(
  workbook: DrawnWorkbook,
  catalogue: Catalogue,
  result: ConsolidationResult,
  findings: NationalWorkbookInput["findings"],
): WrittenTable | undefined {
  const sheet = workbook.addWorksheet(FINDINGS_SHEET);
  const widths = [6, 30, 22, 9, 14, 11, 100];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const national = result.findings.map((finding) => ({ unit: "Toàn quốc", finding }));
  const count = findings.length + national.length;
  const errors = [...findings, ...national].filter((f) => f.finding.severity === "error").length;
  style.heading(sheet, widths, `KẾT QUẢ KIỂM TRA SỐ LIỆU — ${periodLabel(result.period).toLocaleUpperCase("vi")}`, [
    count === 0
      ? "Không có lỗi hay cảnh báo nào."
      : `${errors} lỗi, ${count - errors} cảnh báo trong các tệp đã nhận; dòng "Toàn quốc" là kiểm tra trên số liệu tổng hợp.`,
  ]);
  const header = sheet.getRow(HEADER_ROW);
  header.values = ["STT", "Tệp", "Đơn vị", "Phụ lục", "Ô", "Mức độ", "Nội dung"];
  style.header(header, 1, widths.length);
  sheet.views = [{ state: "frozen", ySplit: HEADER_ROW }];
  style.printable(sheet, widths, 90 + 16 * count, `${HEADER_ROW}:${HEADER_ROW}`);
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: widths.length } };
  const names = new Map(result.units.map((u) => [u.unit.code, u.unit.name]));
  if (count === 0) return undefined;
  const entry = (i: number) => (i < findings.length ? findings[i] : national[i - findings.length]) as NationalWorkbookInput["findings"][number];
  const rowOf = (i: number): TableRow => {
    const { file, unit, finding: f } = entry(i);
    const row: TableRow = {
      kind: f.severity,
      values: [
        i + 1,
        neutralizeText(file ?? ""),
        neutralizeText(unit ? (names.get(unit) ?? unit) : ""),
        f.path.annex ?? "",
        neutralizeText(f.path.cell ?? ""),
        f.severity === "error" ? "Lỗi" : "Cảnh báo",
        neutralizeText(formatFinding(f, { catalogue, withoutFile: true })),
      ],
    };
    return fittedRow(row, widths);
  };
  function* rows(): Generator<TableRow> {
    for (let i = 0; i < count; i++) yield rowOf(i);
  }
  const firstOf = (severity: "error" | "warning") => {
    for (let i = 0; i < count; i++) if (entry(i).finding.severity === severity) return i;
    return -1;
  };
  const carriers: Carrier[] = [];
  for (const severity of ["error", "warning"] as const) {
    const i = firstOf(severity);
    if (i >= 0) carriers.push({ row: rowOf(i), look: (r) => style.body(r, 1, widths.length, severity === "error" ? { fill: "FFFCE4D6" } : {}) });
  }
  return carrierTable(sheet, { firstRow: HEADER_ROW + 1, columns: widths.length, rowCount: count, rows }, carriers);
}
