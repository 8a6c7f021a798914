export * from "./runtime.js";
export * from "./documents.js";
