export { buildFeedbackWorkbook, feedbackFileName, writeFeedbackWorkbook, type FeedbackOptions } from "./feedback-workbook.js";
export { nextStepText, statusText, type FeedbackStatus } from "./feedback-status.js";
export { RESULTS_SHEET } from "./results-sheet.js";
export { findingCell } from "./finding-cells.js";
