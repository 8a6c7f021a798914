export * from "./reader/index.js";
export * from "./template/index.js";
export * from "./annex-reader/index.js";
export * from "./national/index.js";
export * from "./zip-writer/index.js";
export * from "./feedback/index.js";
export * from "./catalogue-workbook/index.js";
export * from "./justification/index.js";
