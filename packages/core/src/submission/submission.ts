import type { Justification } from "../justification/justification.js";
import type { RawValue } from "../numbers/index.js";

/** One cell as a reader found it. */
export interface SubmissionCell {
  value: RawValue;
  /** Excel number format code, when the source has one. */
  numberFormat?: string;
  /** Where the cell sits, with its sheet: `PL01!F9`. */
  address?: string;
  /** The cell holds a formula (its value is the cached result). */
  formula?: boolean;
}

/** The figures of one annex, keyed by cell key `row.column` (`03.2`). */
export interface AnnexSubmission {
  code: string;
  /** Catalogue version the workbook was made from, when it says so. */
  version?: string;
  /** Sheet the annex was read from. */
  sheet?: string;
  cells: Record<string, SubmissionCell>;
  /**
   * Cell keys of a column the reader did not find on the sheet (the reader
   * reports the missing column itself): absent like a missing row, never
   * "not filled in".
   */
  absentCells?: string[];
}

/**
 * One unit's figures for one period, as read from a workbook or typed in the
 * add-in. A row the reader did not find has no keys at all; a row found with
 * an empty cell has the key with an empty value.
 */
export interface Submission {
  /** File name, for messages. */
  file?: string;
  /** Reporting unit code in the registry valid for the period. */
  unit?: string;
  /** Period id such as `2022-Y`. */
  period?: string;
  /** Cut-off date, ISO `2022-12-05`. */
  cutOff?: string;
  catalogueVersion?: string;
  annexes: Record<string, AnnexSubmission>;
  /** The unit's justifications of warnings (sheet "Giải trình"), applied by validation. */
  justifications?: Justification[];
}
