export { OfficeExcelPort } from "./office-excel-port.js";
export { readAnnexes, sheetNames } from "./read-annexes.js";
export { paintCells } from "./paint-cells.js";
export { createAnnexes } from "./create-annexes.js";
export { drawSheet, FORM_PROTECTION } from "./draw-sheet.js";
export { surveyWorkbook } from "./survey-workbook.js";
export { selectCell } from "./select-cell.js";
export { writeMeta, queueMetaRows } from "./meta-sheet.js";
export { watchChanges } from "./watch-changes.js";
