export type { FindingJustification, Justification } from "./justification.js";
export { JUSTIFICATION_HEADING, JUSTIFICATION_SHEET, JUSTIFICATION_TABLE, justificationCells, type JustificationCell } from "./justification-sheet.js";
export { isJustifiable, justificationRule, normalizeCellReference } from "./justification-key.js";
export { applyJustifications, valueAtFinding, type AppliedJustifications } from "./apply-justifications.js";
export { addJustification, type AddedJustification } from "./add-justification.js";
export { countFindings, type FindingCounts } from "./count-findings.js";
export { justifiedFigures } from "./justified-figures.js";
export { justificationOfLine, justificationText, type JustificationLineCells } from "./justification-line.js";
