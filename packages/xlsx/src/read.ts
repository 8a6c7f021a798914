// `@phuluc/xlsx/read`: the capped reader and the annex reader, without the writers (no exceljs).
export * from "./reader/index.js";
export * from "./annex-reader/index.js";
