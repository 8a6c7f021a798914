import { FILE_STATUS_LABEL, FILE_STATUS_ORDER, periodLabel } from "@phuluc/core";
import { cappedList } from "@phuluc/consolidate";
import { displayPath } from "../../io/paths.js";
import { renderUnitOutputs } from "../../unit-outputs/render-unit-outputs.js";
import type { ConsolidateRun } from "./run-consolidate.js";

/** Lines listed per kind of problem; the rest are counted (every one is in the national workbook). */
const LINES_LISTED = 30;
const SEE_COVERAGE = 'xem trang "Tình hình nộp báo cáo" của tệp tổng hợp';

/** The short summary printed after a consolidation, Vietnamese. */
export function renderSummary(run: ConsolidateRun, cwd: string): string {
  const { result, outcomes, request } = run;
  const lines: string[] = [];
  lines.push(`Tổng hợp ${periodLabel(result.period)} — ${result.registry.title}`);
  const counts = FILE_STATUS_ORDER.map((s) => [s, outcomes.filter((o) => o.status === s).length] as const).filter(([, n]) => n > 0);
  lines.push(`Tệp trong thư mục: ${outcomes.length} — ${counts.map(([s, n]) => `${n} ${FILE_STATUS_LABEL[s]}`).join(" · ")}`);
  const c = result.coverage;
  lines.push(
    `Đơn vị: phải nộp ${c.expected} · đã nhận ${c.received} · đã tổng hợp ${c.included} · không tổng hợp ${c.excluded}${c.unreadable > 0 ? ` (trong đó không đọc được ${c.unreadable})` : ""} · chưa nộp ${c.missing}`,
  );

  const missing = result.units.filter((u) => u.status === "missing");
  if (missing.length > 0)
    lines.push(
      "",
      `Chưa nộp (${missing.length}): ${cappedList(
        missing.map((u) => u.unit.name),
        ", ",
        "đơn vị",
      )}`,
    );
  const unreadable = result.units.filter((u) => u.reason === "unreadable");
  const fileOf = new Map(outcomes.map((o) => [o.file, o]));
  if (unreadable.length > 0) {
    lines.push("", `Đã nộp nhưng không đọc được (${unreadable.length}):`);
    for (const u of unreadable.slice(0, LINES_LISTED)) lines.push(`  ${u.unit.name} — ${u.file ?? ""}: ${fileOf.get(u.file ?? "")?.reason ?? ""}`);
    if (unreadable.length > LINES_LISTED) lines.push(`  … và ${unreadable.length - LINES_LISTED} đơn vị khác (${SEE_COVERAGE})`);
  }
  const excluded = result.units.filter((u) => (u.status === "excluded" && u.reason !== "unreadable") || u.includedWithErrors);
  if (excluded.length > 0) {
    lines.push("", `${request.includeInvalid ? "Còn lỗi" : "Không tổng hợp vì có lỗi"} (${excluded.length}):`);
    const outcomeOf = new Map<string, (typeof outcomes)[number]>();
    for (const o of outcomes)
      if (o.unit && !outcomeOf.has(o.unit) && (o.status === "excluded" || o.status === "included" || o.conflict)) outcomeOf.set(o.unit, o);
    for (const u of excluded.slice(0, LINES_LISTED)) {
      const o = outcomeOf.get(u.unit.code);
      lines.push(`  ${u.unit.name} — ${o?.file ?? u.file ?? ""}: ${o?.reason ?? `${u.errors} lỗi`}`);
    }
    if (excluded.length > LINES_LISTED) lines.push(`  … và ${excluded.length - LINES_LISTED} đơn vị khác (${SEE_COVERAGE})`);
  }
  const excludedFiles = new Set(excluded.map((u) => u.file));
  const unreadableFiles = new Set(unreadable.map((u) => u.file));
  const others = outcomes.filter(
    (o) => !["included", "excluded"].includes(o.status) && !(o.conflict && excludedFiles.has(o.file)) && !unreadableFiles.has(o.file),
  );
  if (others.length > 0) {
    lines.push("", `Tệp không dùng (${others.length}):`);
    for (const o of others.slice(0, LINES_LISTED)) lines.push(`  [${FILE_STATUS_LABEL[o.status]}] ${o.file}: ${o.reason ?? ""}`);
    if (others.length > LINES_LISTED) lines.push(`  … và ${others.length - LINES_LISTED} tệp khác (${SEE_COVERAGE})`);
  }
  const errors = outcomes.reduce((n, o) => n + (o.status === "duplicate" && !o.conflict ? 0 : o.errors), 0);
  const warnings = outcomes.reduce((n, o) => n + (o.status === "duplicate" && !o.conflict ? 0 : o.warnings), 0);
  const justified = outcomes.reduce((n, o) => n + (o.status === "duplicate" && !o.conflict ? 0 : o.justified), 0);
  const nationalWarnings = result.findings.length;
  lines.push(
    "",
    `Lỗi: ${errors} · cảnh báo: ${warnings}${justified > 0 ? ` · cảnh báo đã giải trình: ${justified}` : ""}${nationalWarnings > 0 ? ` · lưu ý trên số liệu toàn quốc: ${nationalWarnings}` : ""} (chi tiết từng ô: trang "Kết quả kiểm tra" của tệp tổng hợp)`,
  );
  if (run.previous) for (const note of run.previous.notes) lines.push(note);

  lines.push("", "Câu dùng cho báo cáo:");
  for (const s of run.sentences) lines.push(`  ${s.text}`);
  lines.push("", `Đã ghi: ${[request.out, ...(request.json ? [request.json] : [])].map((p) => displayPath(p, cwd)).join(", ")}`);
  lines.push(...renderUnitOutputs(request, run.unitOutputs, cwd));
  if (run.exitCode === 3)
    lines.push(`Số liệu chưa đầy đủ: ${run.faults.files.length} tệp gặp lỗi chương trình, chưa được tổng hợp (mã thoát 3); xem thông báo lỗi.`);
  if (run.exitCode === 1) lines.push("Có tệp chưa dùng được vì lỗi (mã thoát 1): hãy liên hệ đơn vị để sửa và gửi lại.");
  return `${lines.join("\n")}\n`;
}
