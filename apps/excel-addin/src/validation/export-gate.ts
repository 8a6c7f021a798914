import type { ValidationResult } from "@phuluc/core";
import { T } from "../texts.js";

export type ExportDecision = { allowed: true; warnings: number } | { allowed: false; reason: string };

/** Errors block the submission (the unit would be left out of national totals); warnings never do. */
export function exportDecision(result: Pick<ValidationResult, "errors" | "warnings">): ExportDecision {
  if (result.errors > 0) return { allowed: false, reason: T.exportBlocked(result.errors) };
  return { allowed: true, warnings: result.warnings };
}
