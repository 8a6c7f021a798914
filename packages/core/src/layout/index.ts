export type { FormLayout, InputValidation, LayoutCell, LayoutRole } from "./form-layout.js";
export { headerText, layoutAnnex, type LayoutOptions } from "./layout-annex.js";
export { excelFormula } from "./excel-formula.js";
export { cellAddress, columnLetter, parseAddress, sheetAddress } from "./address.js";
export { META_SHEET, TEMPLATE_ID, metaFromRows, metaRows, workbookMeta, type WorkbookMeta } from "./meta.js";
export { PRINT_MARGINS, POINTS_PER_WIDTH_UNIT, fitPage, type PageFit } from "./page-fit.js";
export { ROLE_FONTS, lineHeight, textWidth, wrappedLines, type RoleFont } from "./text-height.js";
