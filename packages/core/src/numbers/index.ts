export { Dec, canonical, type Decimal } from "./decimal.js";
export { roundHalfUp, percentOf } from "./round.js";
export { numberFormatInfo, type NumberFormatInfo } from "./number-format-info.js";
export type {
  ColumnKind,
  RawValue,
  RawCell,
  ReadNumber,
  ReadEmpty,
  ReadProblem,
  ReadResult,
} from "./cell-value.js";
export { readCell } from "./read-cell.js";
export { sheetNumber } from "./sheet-number.js";
export { formatCount, formatCountPadded, formatDecimal, formatPercent, type FormattableNumber } from "./format.js";
