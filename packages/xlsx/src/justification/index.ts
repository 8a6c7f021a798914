export { addJustificationSheet } from "./justification-sheet.js";
export { readJustifications } from "./read-justifications.js";
export { JUSTIFIED_SHEET, addJustifiedSheet } from "./justified-sheet.js";
