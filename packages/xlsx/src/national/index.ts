export type { FileEntry, NationalWorkbookInput } from "./national-input.js";
export { writeNationalWorkbook, type NationalWriteOptions } from "./write-national-workbook.js";
export { neutralizeText } from "./neutralize-text.js";
export { COVERAGE_SHEET, FINDINGS_SHEET, SUMMARY_SHEET, perUnitSheetName } from "./sheet-names.js";
