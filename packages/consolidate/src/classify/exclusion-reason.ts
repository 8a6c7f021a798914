import { REASON_CODES, formatFinding, type Catalogue, type Finding, type Locale } from "@phuluc/core/runtime";

/** Why a file has its status: a finding, and for a unit's return with errors its first error. */
export interface ExclusionReason {
  finding: Finding;
  /** The finding `finding` introduces (`file.has_errors`: the first error). */
  cause?: Finding;
}

const CLAUSES: ReadonlySet<string> = new Set(REASON_CODES);

/** A file's reason in words, as the national workbook, the JSON report and the summary show it. */
export function reasonText(reason: ExclusionReason, catalogue: Catalogue, locale: Locale = "vi"): string {
  const say = (f: Finding) => formatFinding(f, { catalogue, locale, withoutFile: true, ...(CLAUSES.has(f.code) ? { asClause: true } : {}) });
  return reason.cause ? `${say(reason.finding)} ${say(reason.cause)}` : say(reason.finding);
}
