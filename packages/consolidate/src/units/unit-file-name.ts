import type { ReportingUnit } from "@phuluc/core/runtime";

/** Text without diacritics, lower case, words joined by `-`: "Quảng Ngãi" → "quang-ngai". */
export function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The file name of a unit's workbook: `51-quang-ngai.xlsx`. */
export function unitFileName(unit: Pick<ReportingUnit, "code" | "name">): string {
  return `${unit.code}-${slug(unit.name)}.xlsx`;
}
