import { formatFinding, type Catalogue } from "@phuluc/core";
import { VERSION } from "../../version.js";
import type { ValidateRun } from "./run-validate.js";

/** `phuluc validate --json`: one entry per file with its findings (messages in Vietnamese). Shape: docs/report-json.md. */
export function validateJson(run: ValidateRun, catalogue: Catalogue): string {
  const body = {
    schemaVersion: 1,
    tool: { name: "phuluc", version: VERSION },
    exitCode: run.exitCode,
    errors: run.errors,
    warnings: run.warnings,
    files: run.files.map((r) => ({
      file: r.file,
      sha256: r.sha256,
      unit: r.unit ?? null,
      unitName: r.unitName ?? null,
      period: r.period ?? null,
      identifiedBy: r.identifiedBy ?? null,
      errors: r.errors,
      warnings: r.warnings,
      findings: r.findings.map((f) => ({ code: f.code, severity: f.severity, message: formatFinding(f, { catalogue, withoutFile: true }), path: f.path, params: f.params, ...(f.rule ? { rule: f.rule } : {}) })),
    })),
    previous: run.previous ? { period: run.previous.period.id, source: run.previous.source, path: run.previous.path, units: run.previous.units.size } : null,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
