import type { AnnexIndex } from "../annex/annex-index.js";
import type { SchemaIssue } from "../errors/schema-error.js";
import { parseCell } from "../rule/line-ref.js";
import type { PlausibilityCheck } from "./plausibility-schema.js";

/** What the schema cannot say of an annex's checks: ids unique and of the annex, cells that exist. */
export function plausibilityIssues(code: string, checks: readonly PlausibilityCheck[], index: AnnexIndex, ruleIds: ReadonlySet<string>): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  checks.forEach((check, i) => {
    const at = `plausibility[${i}]`;
    if (seen.has(check.id) || ruleIds.has(check.id)) issues.push({ path: `${at}.id`, message: `mã kiểm tra ${check.id} bị trùng` });
    seen.add(check.id);
    if (!check.id.startsWith(`${code}.`)) issues.push({ path: `${at}.id`, message: `mã kiểm tra phải bắt đầu bằng ${code}.` });
    const refs = check.kind === "change" ? check.cells : [...check.part, ...check.whole];
    for (const ref of refs) {
      const cell = parseCell(ref);
      if (!index.cell(cell.row, cell.column)) issues.push({ path: at, message: `${ref} không có trong ${code}` });
    }
  });
  return issues;
}
