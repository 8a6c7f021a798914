// Test support for the engine tests (not part of the public API).
import { catalogue2022 } from "../catalogue/builtin-catalogues.js";
import type { Finding } from "../finding/finding.js";
import { formatFinding } from "../messages/format-finding.js";
import type { RawValue } from "../numbers/index.js";
import { annexFigures } from "../submission/annex-figures.js";
import type { AnnexSubmission, Submission } from "../submission/submission.js";
import { validate, type ValidateOptions, type ValidationResult } from "./validate.js";

export const catalogue = catalogue2022();

/** Figures row by row, column (1) first, as `annexFigures` takes them. */
export type Rows = Record<string, readonly RawValue[]>;

/**
 * Figures of each annex that satisfy every rule, PL09 r02 c1 within PL04 r02 c1.
 * Percentages are stated with one decimal (two in PL03), as the reports write them.
 */
export const VALID = {
  PL01: {
    "01": [4113, 960, 23.3, 500, 12.2, 300, 7.3],
    "02": [1210, 300, 24.8, 150, 12.4, 100, 8.3],
    "03": [245, 60, 24.5, 40, 16.3, 20, 8.2],
  },
  // The domain example: 2.754 occurrences, rotation 397, appointment and nomination 2.357.
  PL02: {
    "01": [2754],
    "02": [397],
    "03": [12],
    "04": [85],
    "05": [60],
    "06": [110],
    "07": [95],
    "08": [35],
    "09": [1900],
    "10": [457],
    "11": [6],
    "12": [3],
    "13": [4],
    "14": [1],
    "15": [0],
    "16": [2],
    "17": [1],
  },
  PL03: {
    "01": [1500],
    "02": [300],
    "03": [200],
    "04": [1000],
    "05": [4686, 3865, 82.48],
    "06": [200, 151, 75.5],
    "07": [120, 119, 99.17],
  },
  PL04: {
    "01": [900],
    "02": [100000],
    "03": [3500],
    "04": [800],
    "05": [20],
    "06": [54],
    "07": [30],
    "08": [12],
    "09": [12],
    "10": [3],
    "11": [9],
  },
  PL05: { "01": [1200], "02": [1100], "03": [100], "04": [91.7] },
  PL06: { "01": [45], "02": [1], "03": [3], "04": [6], "05": [8], "06": [120], "07": [15], "08": [30], "09": [2] },
  PL07: { "01": [12], "02": [7] },
  PL08: { "01": [18], "02": [5], "03": [158], "04": [23], "05": [35], "06": [100], "07": [20] },
  PL09: {
    "01": [850, 150, 620, 75, 5, 90.6],
    "02": [95000, 16000, 70000, 8500, 500, 90.5],
  },
} satisfies Record<string, Rows>;

export const ANNEX_CODES = Object.keys(VALID);

/** The valid figures of one annex as a submission. */
export function validAnnex(code: string): AnnexSubmission {
  const rows = (VALID as Record<string, Rows>)[code];
  if (!rows) throw new Error(`no valid figures for ${code}`);
  return annexFigures(code, rows);
}

/** A copy of `rows` with one cell replaced (column numbers as printed, from 1). */
export function withCell(rows: Rows, row: string, column: number, value: RawValue): Rows {
  const values = [...(rows[row] ?? [])];
  while (values.length < column) values.push(undefined);
  values[column - 1] = value;
  return { ...rows, [row]: values };
}

/** A copy of `rows` with several cells replaced: `[["02", 1, 5], ["03", 1, 7]]`. */
export function withCells(rows: Rows, changes: ReadonlyArray<readonly [string, number, RawValue]>): Rows {
  return changes.reduce((acc, [row, column, value]) => withCell(acc, row, column, value), rows);
}

/** A submission of the given annexes. */
export function submissionOf(annexes: readonly AnnexSubmission[], extra: Omit<Submission, "annexes"> = {}): Submission {
  return { ...extra, annexes: Object.fromEntries(annexes.map((a) => [a.code, a])) };
}

/** Validates only the given annexes: missing annexes are not reported. */
export function check(annexes: readonly AnnexSubmission[], options: ValidateOptions = {}): ValidationResult {
  return validate(submissionOf(annexes), catalogue, { requireDueAnnexes: false, ...options });
}

/** Findings for one annex's figures. */
export function findingsOf(code: string, rows: Rows, options: ValidateOptions = {}): Finding[] {
  return check([annexFigures(code, rows)], options).findings;
}

/** Vietnamese message of a finding, with its location. */
export function vi(finding: Finding | undefined): string {
  if (!finding) throw new Error("no finding");
  return formatFinding(finding, { catalogue });
}

/** English message of a finding, with its location. */
export function en(finding: Finding | undefined): string {
  if (!finding) throw new Error("no finding");
  return formatFinding(finding, { locale: "en", catalogue });
}

/** The parts of a finding a test pins: code, severity, rule, path, and the given params. */
export function summary(f: Finding, params: readonly string[] = []): Record<string, unknown> {
  return {
    code: f.code,
    severity: f.severity,
    rule: f.rule,
    path: f.path,
    params: Object.fromEntries(params.map((p) => [p, f.params[p]])),
  };
}
