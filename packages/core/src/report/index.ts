export { reportSentences, type ReportOptions, type ReportSentence } from "./report-sentences.js";
export { coverageSentences } from "./coverage-sentence.js";
export { renderTemplate, type TemplateSource } from "./render-template.js";
export { sentenceIssues } from "./sentence-check.js";
export { parsePlaceholder, type Placeholder } from "./sentence-placeholder.js";
