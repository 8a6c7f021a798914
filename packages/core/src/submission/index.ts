export type { AnnexSubmission, Submission, SubmissionCell } from "./submission.js";
export { annexFigures } from "./annex-figures.js";
export { figuresText } from "./figures-text.js";
