import type { ConsolidationResult, UnitStatus } from "../consolidation/consolidation-result.js";
import { comparisonLabel } from "../periods/period-label.js";
import { formatVietnameseDate } from "../periods/cut-off.js";

function kindsPhrase(units: readonly UnitStatus[]): string {
  const hasProvince = units.some((u) => u.unit.kind === "province");
  const hasCentral = units.some((u) => u.unit.kind === "central");
  if (hasProvince && hasCentral) return "tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương";
  return hasCentral ? "đảng ủy trực thuộc Trung ương" : "tỉnh ủy, thành ủy";
}

const names = (list: readonly UnitStatus[]) => list.map((u) => u.unit.name).join(", ");

/**
 * "Số liệu của 66/67 tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, tính
 * đến ngày 05/12/2022", with who is missing, who was left out and why, and
 * how the previous period was mapped.
 */
export function coverageSentences(result: ConsolidationResult, cutOff?: string): string[] {
  const c = result.coverage;
  const out: string[] = [];
  const date = cutOff ? `, tính đến ngày ${formatVietnameseDate(cutOff)}` : "";
  out.push(`Số liệu của ${c.included}/${c.expected} ${kindsPhrase(result.units)}${date}.`);
  const missing = result.units.filter((u) => u.status === "missing");
  if (missing.length > 0) out.push(`Chưa nhận được báo cáo của ${missing.length} đơn vị: ${names(missing)}.`);
  const unreadable = result.units.filter((u) => u.reason === "unreadable");
  if (unreadable.length > 0) out.push(`Chưa nhận được báo cáo hợp lệ của ${unreadable.length} đơn vị (đã gửi tệp nhưng không đọc được): ${names(unreadable)}.`);
  const excluded = result.units.filter((u) => u.status === "excluded" && u.reason !== "unreadable");
  if (excluded.length > 0) out.push(`Chưa tổng hợp số liệu của ${excluded.length} đơn vị có lỗi trong số liệu: ${names(excluded)}.`);
  const withErrors = result.units.filter((u) => u.includedWithErrors);
  if (withErrors.length > 0) out.push(`Số liệu đã tổng hợp gồm cả ${withErrors.length} đơn vị còn lỗi chưa sửa: ${names(withErrors)}.`);
  const prev = result.previous;
  if (prev?.mapped) {
    out.push(
      `Số liệu so sánh ${comparisonLabel(prev.period).replace(/^so với /, "của ")} đã được quy đổi theo danh sách đơn vị hiện hành (số liệu của các đơn vị trước sắp xếp được cộng vào đơn vị mới).`,
    );
  }
  return out;
}
