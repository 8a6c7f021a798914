export { readWorkbook } from "./read-workbook.js";
export { WorkbookReadError, type WorkbookReadErrorCode } from "./errors.js";
export { DEFAULT_READ_LIMITS } from "./limits.js";
export type {
  RawCellValue,
  RawDefinedName,
  RawMerge,
  RawSheet,
  RawSheetCell,
  RawWorkbook,
  ReadLimits,
  ReadOptions,
  RawInflate,
  SheetState,
} from "./types.js";
