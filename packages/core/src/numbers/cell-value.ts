import type { FindingCode } from "../finding/finding-code.js";
import type { Decimal } from "./decimal.js";

/** What a data column holds; the kind decides how a cell is read. */
export type ColumnKind = "count" | "percent" | "decimal";

/** A cell value as a workbook reader hands it over. `{ error: "#DIV/0!" }` is an Excel error value. */
export type RawValue = number | string | boolean | Date | null | undefined | { error: string };

export interface RawCell {
  value: RawValue;
  /** Excel number format code of the cell, e.g. `0.0%` or `#,##0`. */
  numberFormat?: string;
}

export interface ReadNumber {
  empty: false;
  value: Decimal;
  /** How many decimals the value was written (or displayed) with. */
  decimals: number;
  /** `percent-format`: a fraction shown with a % format, multiplied by 100. */
  source: "number" | "percent-format" | "text";
  /** The original text, when the value was read from text. */
  text?: string;
}

export interface ReadEmpty {
  empty: true;
}

export interface ReadProblem {
  code: FindingCode;
  params: Record<string, string | number | boolean | null>;
}

export type ReadResult = { ok: true; read: ReadNumber | ReadEmpty } | { ok: false; problem: ReadProblem };
