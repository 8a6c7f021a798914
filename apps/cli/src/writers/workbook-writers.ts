// The workbook writers (exceljs), one lazily loaded part of the command:
// reached only through import() when a command writes a workbook.
export { writeNationalWorkbook } from "@phuluc/xlsx/national";
export { writeTemplate } from "@phuluc/xlsx/template";
export { feedbackFileName, writeFeedbackWorkbook } from "@phuluc/xlsx/feedback";
// The catalogue workbook (`catalogue to-xlsx|from-xlsx`), from the package's main entry.
export { CATALOGUE_SHEETS, readCatalogueWorkbook, writeCatalogueWorkbook } from "@phuluc/xlsx";
