import type { FeedbackStatus } from "@phuluc/xlsx";
import type { TidyStatus } from "@phuluc/core";
import type { FileOutcome } from "@phuluc/consolidate";
import type { UnitFile } from "./unit-outputs.js";

function feedbackStatus(o: FileOutcome): FeedbackStatus {
  if (o.status === "included") return o.errors > 0 ? { kind: "included_with_errors" } : { kind: "included" };
  if (o.status === "duplicate") return o.reason ? { kind: "duplicate", detail: o.reason } : { kind: "duplicate" };
  return o.reason ? { kind: "excluded", detail: o.reason } : { kind: "excluded" };
}

function tidyStatus(o: FileOutcome): TidyStatus {
  return o.status === "included" ? "included" : o.status === "duplicate" ? "duplicate" : "excluded";
}

/** A consolidation's files as the unit outputs take them. */
export function consolidationUnitFiles(outcomes: readonly FileOutcome[], groups: ReadonlyMap<string, string>): UnitFile[] {
  return outcomes.map((o) => {
    const group = o.unit ? groups.get(o.unit) : undefined;
    return { read: o.read, findings: o.findings, feedback: feedbackStatus(o), tidy: tidyStatus(o), ...(group ? { group } : {}) };
  });
}
