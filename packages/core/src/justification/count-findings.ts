import type { Finding } from "../finding/finding.js";

export interface FindingCounts {
  errors: number;
  /** Open warnings: justified ones are not counted here. */
  warnings: number;
  /** Warnings the unit justified ("đã giải trình"). */
  justified: number;
}

/** Errors, open warnings and justified warnings among findings. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  let justified = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.justification) justified++;
  }
  return { errors, warnings: findings.length - errors - justified, justified };
}
