import { validate, type Catalogue, type Submission, type UnitKind, type ValidationResult } from "@phuluc/core";

/** The one validation the add-in runs: core's, for a unit of this kind, every annex due in the period. */
export function checkWorkbook(submission: Submission, catalogue: Catalogue, unitKind: UnitKind): ValidationResult {
  return validate(submission, catalogue, { unitKind });
}
