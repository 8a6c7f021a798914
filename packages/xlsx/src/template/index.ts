export { buildTemplate, templateMeta, writeTemplate, type TemplateOptions } from "./template-workbook.js";
export { renderLayout, type CellFill } from "./render-layout.js";
export { ROLE_STYLES, type RoleStyle } from "./role-styles.js";
export { GUIDE_SHEET } from "./guide-sheet.js";
