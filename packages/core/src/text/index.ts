export { cutText } from "./cut-text.js";
export { EXCEL_MAX_CELL_CHARS, EXCEL_MAX_ROW_POINTS } from "./excel-limits.js";
export { CELL_CUT_MARK, neutralizeText } from "./neutralize-text.js";
export { MAX_QUOTED_CHARS, quoteText } from "./quote-text.js";
export { xmlSafeText } from "./xml-safe-text.js";
