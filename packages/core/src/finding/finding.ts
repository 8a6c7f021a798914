import type { FindingJustification } from "../justification/justification.js";
import type { FindingCode } from "./finding-code.js";

/** Errors block a unit from national totals; warnings never block. */
export type Severity = "error" | "warning";

/**
 * Where a finding points. Every part is optional: a file-level finding has
 * only `file`, a cell finding has annex, row, column and the cell address.
 */
export interface FindingPath {
  /** File name as the user gave it (never a full machine path in messages). */
  file?: string;
  /** Reporting unit code. */
  unit?: string;
  /** Annex code, e.g. `PL01`. */
  annex?: string;
  /** Row code (`Mã số`), e.g. `03`. */
  row?: string;
  /** Data column number as printed, e.g. 3 for `(3)`. */
  column?: number;
  /** Sheet name in the workbook. */
  sheet?: string;
  /** Cell address with its sheet, e.g. `PL01!F9`. */
  cell?: string;
}

/** A JSON-safe parameter value. Decimals travel as canonical strings ("23.3"). */
export type FindingParam = string | number | boolean | null | readonly string[];

/**
 * A finding is plain data: a stable code, a severity, where, and the numbers
 * that explain it. The message is filled in last by a locale.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  path: FindingPath;
  params: Record<string, FindingParam>;
  /** Id of the declared rule that produced it, when a rule did. */
  rule?: string;
  /** A warning the unit justified ("đã giải trình"): it does not count among open warnings. */
  justification?: FindingJustification;
}
