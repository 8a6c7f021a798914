import type { DrawnWorkbook } from "../sheet-writer/index.js";
import { formatFinding, neutralizeText, type Catalogue, type ConsolidationResult, type Finding } from "@phuluc/core";
import { style } from "../national/sheet-style.js";

/** Name of the national workbook's sheet of justified warnings. */
export const JUSTIFIED_SHEET = "Cảnh báo đã giải trình";

/**
 * The national workbook lists justified warnings apart from the open
 * findings: file, unit, annex, cell, the warning and the unit's text.
 * Nothing is written when no warning was justified.
 */
export function addJustifiedSheet(
  workbook: DrawnWorkbook,
  catalogue: Catalogue,
  result: ConsolidationResult,
  justified: readonly { file?: string; unit?: string; finding: Finding }[],
): void {
  if (justified.length === 0) return;
  const sheet = workbook.addWorksheet(JUSTIFIED_SHEET);
  const widths = [6, 28, 22, 9, 14, 70, 60];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  const header = sheet.getRow(1);
  header.values = ["STT", "Tệp", "Đơn vị", "Phụ lục", "Ô", "Cảnh báo", "Giải trình của đơn vị"];
  style.header(header, 1, widths.length);
  const names = new Map(result.units.map((u) => [u.unit.code, u.unit.name]));
  justified.forEach(({ file, unit, finding }, i) => {
    const row = sheet.getRow(i + 2);
    row.values = [
      i + 1,
      neutralizeText(file ?? ""),
      neutralizeText(unit ? (names.get(unit) ?? unit) : ""),
      finding.path.annex ?? "",
      neutralizeText(finding.path.cell ?? ""),
      neutralizeText(formatFinding(finding, { catalogue, withoutFile: true })),
      neutralizeText(finding.justification?.text ?? ""),
    ];
    style.body(row, 1, widths.length);
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };
  style.printable(sheet, widths, 30 + 40 * justified.length, "1:1");
}
