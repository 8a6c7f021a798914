import { periodLabel } from "@phuluc/core";
import { displayPath } from "../../io/paths.js";
import { FILE_STATUS_LABEL, FILE_STATUS_ORDER } from "./file-status-label.js";
import type { ConsolidateRun } from "./run-consolidate.js";

/** The short summary printed after a consolidation, Vietnamese. */
export function renderSummary(run: ConsolidateRun, cwd: string): string {
  const { result, outcomes, request } = run;
  const lines: string[] = [];
  lines.push(`Tổng hợp ${periodLabel(result.period)} — ${result.registry.title}`);
  const counts = FILE_STATUS_ORDER.map((s) => [s, outcomes.filter((o) => o.status === s).length] as const).filter(([, n]) => n > 0);
  lines.push(`Tệp trong thư mục: ${outcomes.length} — ${counts.map(([s, n]) => `${n} ${FILE_STATUS_LABEL[s]}`).join(" · ")}`);
  const c = result.coverage;
  lines.push(`Đơn vị: phải nộp ${c.expected} · đã nhận ${c.received} · đã tổng hợp ${c.included} · không tổng hợp ${c.excluded} · chưa nộp ${c.missing}`);

  const missing = result.units.filter((u) => u.status === "missing");
  if (missing.length > 0) lines.push("", `Chưa nộp (${missing.length}): ${missing.map((u) => u.unit.name).join(", ")}`);
  const excluded = result.units.filter((u) => u.status === "excluded" || u.includedWithErrors);
  if (excluded.length > 0) {
    lines.push("", `${request.includeInvalid ? "Còn lỗi" : "Không tổng hợp vì có lỗi"} (${excluded.length}):`);
    for (const u of excluded) {
      const o = outcomes.find((x) => x.unit === u.unit.code && (x.status === "excluded" || x.status === "included" || x.conflict));
      lines.push(`  ${u.unit.name} — ${o?.file ?? u.file ?? ""}: ${o?.reason ?? `${u.errors} lỗi`}`);
    }
  }
  const others = outcomes.filter((o) => !["included", "excluded"].includes(o.status) && !(o.conflict && excluded.some((u) => u.file === o.file)));
  if (others.length > 0) {
    lines.push("", `Tệp không dùng (${others.length}):`);
    for (const o of others) lines.push(`  [${FILE_STATUS_LABEL[o.status]}] ${o.file}: ${o.reason ?? ""}`);
  }
  const errors = outcomes.reduce((n, o) => n + (o.status === "duplicate" && !o.conflict ? 0 : o.errors), 0);
  const warnings = outcomes.reduce((n, o) => n + (o.status === "duplicate" && !o.conflict ? 0 : o.warnings), 0);
  const nationalWarnings = result.findings.length;
  lines.push(
    "",
    `Lỗi: ${errors} · cảnh báo: ${warnings}${nationalWarnings > 0 ? ` · lưu ý trên số liệu toàn quốc: ${nationalWarnings}` : ""} (chi tiết từng ô: trang "Kết quả kiểm tra" của tệp tổng hợp)`,
  );
  if (run.previous) for (const note of run.previous.notes) lines.push(note);

  lines.push("", "Câu dùng cho báo cáo:");
  for (const s of run.sentences) lines.push(`  ${s.text}`);
  lines.push("", `Đã ghi: ${[request.out, ...(request.json ? [request.json] : [])].map((p) => displayPath(p, cwd)).join(", ")}`);
  if (run.exitCode === 1) lines.push("Có tệp chưa dùng được vì lỗi (mã thoát 1): hãy liên hệ đơn vị để sửa và gửi lại.");
  return `${lines.join("\n")}\n`;
}
