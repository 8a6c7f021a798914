import { findingStatusWord, formatFinding, justifiedText, periodIdLabel, type Catalogue } from "@phuluc/core";
import type { FileRead } from "@phuluc/consolidate";
import type { ValidateRun } from "./run-validate.js";

/** `, 2 cảnh báo đã giải trình` when there are any. */
function justifiedCount(n: number): string {
  return n > 0 ? `, ${n} cảnh báo đã giải trình` : "";
}

function heading(r: FileRead): string {
  const parts: string[] = [];
  if (r.unitName) parts.push(r.unitName);
  if (r.period) parts.push(periodIdLabel(r.period));
  const counts = `${r.errors === 0 && r.warnings === 0 ? "không có lỗi" : `${r.errors} lỗi, ${r.warnings} cảnh báo`}${justifiedCount(r.justified)}`;
  return `${r.file}${parts.length > 0 ? ` — ${parts.join(", ")}` : ""}: ${counts}`;
}

/** Findings in Vietnamese, grouped by file, errors before warnings, with the cell (`PL01!F10`). */
export function renderValidate(run: ValidateRun, catalogue: Catalogue): string {
  const lines: string[] = [];
  for (const r of run.files) {
    lines.push(heading(r));
    // Errors, open warnings, then the justified ones with the unit's text.
    const ordered = [
      ...r.findings.filter((f) => f.severity === "error"),
      ...r.findings.filter((f) => f.severity === "warning" && !f.justification),
      ...r.findings.filter((f) => f.justification),
    ];
    for (const f of ordered)
      lines.push(
        `  ${findingStatusWord(f)}: ${formatFinding(f, { catalogue, withoutFile: true })}${f.justification ? ` ${justifiedText(f.justification.text)}` : ""}`,
      );
  }
  if (run.previous) lines.push(...run.previous.notes);
  const withErrors = run.files.filter((r) => r.errors > 0).length;
  lines.push(
    "",
    `Đã kiểm tra ${run.files.length} tệp: ${withErrors === 0 ? "không tệp nào có lỗi" : `${withErrors} tệp có lỗi`}; tổng cộng ${run.errors} lỗi, ${run.warnings} cảnh báo${justifiedCount(run.justified)}.`,
  );
  if (withErrors > 0) lines.push("Lỗi phải được đơn vị sửa trước khi tổng hợp; cảnh báo là điểm cần xem lại, không chặn việc tổng hợp.");
  return `${lines.join("\n")}\n`;
}
