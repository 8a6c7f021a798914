/** Names of the national workbook's sheets. */
export const SUMMARY_SHEET = "Tóm tắt";
export const COVERAGE_SHEET = "Tình hình nộp báo cáo";
export const FINDINGS_SHEET = "Kết quả kiểm tra";

/** The per-unit sheet of an annex: `ĐV PL01`. */
export function perUnitSheetName(annex: string): string {
  return `ĐV ${annex}`;
}
