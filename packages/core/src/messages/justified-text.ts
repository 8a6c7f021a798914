import type { Locale } from "./message-table.js";

/** The status word of a finding as lists show it: `Lỗi`, `Cảnh báo`, `Đã giải trình`. */
export function findingStatusWord(finding: { severity: "error" | "warning"; justification?: unknown }, locale: Locale = "vi"): string {
  if (finding.severity === "error") return locale === "vi" ? "Lỗi" : "Error";
  if (finding.justification) return locale === "vi" ? "Đã giải trình" : "Justified";
  return locale === "vi" ? "Cảnh báo" : "Warning";
}

/** A justified warning's text as shown after its message: `Giải trình của đơn vị: …`. */
export function justifiedText(text: string, locale: Locale = "vi"): string {
  return (locale === "vi" ? `Giải trình của đơn vị: ${text}` : `The unit's justification: ${text}`).normalize("NFC");
}
