import type { Catalogue, ConsolidationResult, FileStatus, Finding, ReportSentence, ReportingUnit } from "@phuluc/core";

/** What became of one file found in the input folder. */
export interface FileEntry {
  /** Path relative to the input folder, as central staff see it. */
  file: string;
  sha256: string;
  status: FileStatus;
  /** Unit code when the file was matched to a unit. */
  unit?: string;
  /** Why it was not included, in Vietnamese. */
  reason?: string;
}

export interface NationalWorkbookInput {
  catalogue: Catalogue;
  result: ConsolidationResult;
  files: readonly FileEntry[];
  /** Every finding to list, with the file and unit it belongs to. */
  findings: readonly { file?: string; unit?: string; finding: Finding }[];
  sentences: readonly ReportSentence[];
  /** Cut-off date, ISO. */
  cutOff?: string;
  /** ISO timestamp for `_meta`; now when absent. */
  generatedAt?: string;
  /**
   * The unit that consolidated (a province merging its communes): the
   * national sheets then carry its name and `_meta`, so the workbook reads
   * back as that unit's submission for the next level up.
   */
  asUnit?: ReportingUnit;
  /** Name printed at the top of the national sheets when `asUnit` is absent. */
  consolidatorName?: string;
  /**
   * A unit's figures of one annex as numbers in form order (the annex's
   * `index.cells`), NaN where there is none. When given, the per-unit
   * tables take each included unit's row from it instead of recomputing
   * it from `result` (a caller holding 10,000 units' figures packed this
   * way saves the time and the memory). It must give the same figures.
   */
  unitFigures?: (annex: string, unit: string) => ArrayLike<number> | undefined;
}
