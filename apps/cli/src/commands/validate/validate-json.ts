import type { Catalogue } from "@phuluc/core";
import { reportFindings } from "@phuluc/consolidate";
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
    justified: run.justified,
    files: run.files.map((r) => {
      const findings = reportFindings([{ file: r.file, findings: r.findings }], catalogue);
      const bare = (list: typeof findings.open) => list.map(({ file: _file, ...f }) => f);
      return {
        file: r.file,
        sha256: r.sha256,
        unit: r.unit ?? null,
        unitName: r.unitName ?? null,
        period: r.period ?? null,
        identifiedBy: r.identifiedBy ?? null,
        errors: r.errors,
        warnings: r.warnings,
        justified: r.justified,
        findings: bare(findings.open),
        justifiedWarnings: bare(findings.justified),
      };
    }),
    previous: run.previous ? { period: run.previous.period.id, source: run.previous.source, path: run.previous.path, units: run.previous.units.size } : null,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}
