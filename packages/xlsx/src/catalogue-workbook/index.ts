export { readCatalogueWorkbook, writeCatalogueWorkbook, type CatalogueWorkbookRead } from "./catalogue-workbook.js";
export type { CellLocator, WorkbookIssue } from "./catalogue-from-tables.js";
export { SHEETS as CATALOGUE_SHEETS } from "./catalogue-sheets.js";
