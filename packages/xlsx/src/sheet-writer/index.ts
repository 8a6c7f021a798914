export type { DrawnCell, DrawnColumn, DrawnRow, DrawnSheet, DrawnSheetOptions, DrawnWorkbook } from "./drawing-api.js";
export { SheetWriterUnsupportedError } from "./sheet-writer-error.js";
export { WrittenWorkbook, type WorkbookPart } from "./written-workbook.js";
