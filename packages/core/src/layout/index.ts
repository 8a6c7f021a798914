export type { FormLayout, InputValidation, LayoutCell, LayoutRole } from "./form-layout.js";
export { layoutAnnex, type LayoutOptions } from "./layout-annex.js";
export { excelFormula } from "./excel-formula.js";
export { cellAddress, columnLetter, parseAddress, sheetAddress } from "./address.js";
export { META_SHEET, TEMPLATE_ID, metaFromRows, metaRows, workbookMeta, type WorkbookMeta } from "./meta.js";
