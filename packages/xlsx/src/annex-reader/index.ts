export { readAnnexWorkbook, type AnnexWorkbook, type AnnexWorkbookOptions } from "./read-annex-workbook.js";
export { mapAnnexSheet, type MappedSheet } from "./map-annex-sheet.js";
export { findAnnexSheets } from "./find-annex-sheets.js";
export { readHeading, type SheetHeading } from "./sheet-heading.js";
export { readErrorFinding, readOrFinding } from "./read-error-finding.js";
