import type { ReportingUnit } from "@phuluc/core";

/** Lower case without diacritics, đ → d: officers often type without accents. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

function haystack(unit: ReportingUnit): string {
  return [unit.code, unit.name, unit.officialName, ...unit.aliases].map(fold).join(" | ");
}

/**
 * Units matching what the officer typed: every word must appear in the code,
 * the name, the official name or an alias, with or without diacritics
 * ("quang ngai", "Quảng Ngãi", "51"). An exact code comes first, then names
 * starting with what was typed; otherwise the registry's official order is kept.
 */
export function searchUnits(units: readonly ReportingUnit[], query: string): ReportingUnit[] {
  const words = fold(query).split(" ").filter(Boolean);
  if (words.length === 0) return [...units];
  const hits = units.filter((u) => {
    const text = haystack(u);
    return words.every((w) => text.includes(w));
  });
  const typed = words.join(" ");
  const rank = (u: ReportingUnit): number => (fold(u.code) === typed ? 0 : fold(u.name).startsWith(typed) ? 1 : 2);
  return hits
    .map((u, i) => ({ u, i, r: rank(u) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.u);
}
