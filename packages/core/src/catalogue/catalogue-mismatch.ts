import type { Finding } from "../finding/finding.js";
import type { Period } from "../periods/index.js";
import { periodLabel } from "../periods/index.js";
import { catalogueLabel, type Catalogue } from "./catalogue.js";

/**
 * The finding for a workbook made from another catalogue than its period's
 * (`stated` from its `_meta` or sheet headings); undefined when they agree or
 * the workbook does not say. An error: the file is refused, never misread.
 */
export function catalogueMismatch(stated: string | undefined, catalogue: Catalogue, period: Period, file?: string): Finding | undefined {
  if (stated === undefined || stated === "" || stated === catalogue.version) return undefined;
  return {
    code: "catalogue.mismatch",
    severity: "error",
    path: file === undefined ? {} : { file },
    params: { stated, expected: catalogueLabel(catalogue), period: period.id, periodLabel: periodLabel(period) },
  };
}
