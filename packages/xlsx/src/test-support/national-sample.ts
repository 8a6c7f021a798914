import { REGISTRY_2022, consolidate, periodOrThrow, sampleSubmission, validate, type ConsolidationResult } from "@phuluc/core";
import type { FileEntry } from "../national/national-input.js";
import { catalogue } from "./filled-workbook.js";

/** A 2022-Y consolidation of the sample returns of every unit but those skipped, with its file list (one file not an annex). */
export function nationalSample(skip: string[] = []): { result: ConsolidationResult; files: FileEntry[] } {
  const returns = REGISTRY_2022.units
    .filter((u) => !skip.includes(u.code))
    .map((u) => ({
      unit: u.code,
      file: `${u.code}.xlsx`,
      validation: validate(sampleSubmission(catalogue, { unit: u.code, period: "2022-Y", unitKind: u.kind }), catalogue, { unitKind: u.kind }),
    }));
  const result = consolidate(returns, { catalogue, registry: REGISTRY_2022, period: periodOrThrow("2022-Y") });
  const files: FileEntry[] = returns.map((r) => ({ file: r.file, sha256: "ab".repeat(32), status: "included", unit: r.unit }));
  files.push({ file: '=HYPERLINK("http://x","bấm").xlsx', sha256: "cd".repeat(32), status: "not_annex", reason: "Không phải tệp phụ lục thống kê" });
  return { result, files };
}
