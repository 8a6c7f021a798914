import { PeriodError, isIsoDate, type Period } from "../periods/index.js";
import { SchemaError } from "../errors/schema-error.js";
import type { Catalogue } from "./catalogue.js";
import { builtinCatalogues } from "./builtin-catalogues.js";

function covers(catalogue: Catalogue, isoDate: string): boolean {
  return (catalogue.validFrom === null || catalogue.validFrom <= isoDate) && (catalogue.validTo === null || isoDate <= catalogue.validTo);
}

/** The catalogue valid on a date, or undefined. Throws when two catalogues overlap on it. */
export function catalogueForDate(catalogues: readonly Catalogue[], isoDate: string): Catalogue | undefined {
  if (!isIsoDate(isoDate)) throw new PeriodError(`Ngày "${isoDate}" không hợp lệ; cần dạng YYYY-MM-DD.`, isoDate);
  const matches = catalogues.filter((c) => covers(c, isoDate));
  if (matches.length > 1) {
    throw new SchemaError(
      `Nhiều danh mục biểu mẫu cùng có hiệu lực ngày ${isoDate}`,
      matches.map((c) => ({ path: c.version, message: `hiệu lực từ ${c.validFrom ?? "(không giới hạn)"} đến ${c.validTo ?? "(không giới hạn)"}` })),
    );
  }
  return matches[0];
}

/**
 * The catalogue of a period: the one valid on the period's last day, as for
 * unit registries (2025-H1 → 2022.1, 2025-Y and 2026-Y → 2025.2).
 */
export function catalogueForPeriod(period: Period, catalogues: readonly Catalogue[] = builtinCatalogues()): Catalogue | undefined {
  return catalogueForDate(catalogues, period.end);
}
