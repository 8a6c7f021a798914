import type { Locale } from "./message-table.js";

/**
 * A canonical decimal string ("1234.5", "-19450") in the locale's notation,
 * keeping the decimals as written: vi "1.234,5", en "1,234.5".
 */
export function localNumber(canonical: string, locale: Locale): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(canonical.trim());
  if (!m) return canonical;
  const [, sign, int = "", frac] = m;
  const group = locale === "vi" ? "." : ",";
  const point = locale === "vi" ? "," : ".";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${frac === undefined ? "" : point + frac}`;
}
