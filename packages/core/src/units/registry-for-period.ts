import { PeriodError, isIsoDate, type Period } from "../periods/index.js";
import { RegistryError } from "./registry-error.js";
import type { Registry } from "./types.js";

function covers(registry: Registry, isoDate: string): boolean {
  return (registry.validFrom === null || registry.validFrom <= isoDate) && (registry.validTo === null || isoDate <= registry.validTo);
}

/**
 * The registry valid on a date, or undefined when none is. Throws
 * `PeriodError` for an invalid date and `RegistryError` when two registries
 * overlap on that date.
 */
export function registryForDate(registries: readonly Registry[], isoDate: string): Registry | undefined {
  if (!isIsoDate(isoDate)) throw new PeriodError(`Ngày "${isoDate}" không hợp lệ; cần dạng YYYY-MM-DD.`, isoDate);
  const matches = registries.filter((r) => covers(r, isoDate));
  if (matches.length > 1) {
    throw new RegistryError(
      `Nhiều danh mục đơn vị cùng có hiệu lực ngày ${isoDate}`,
      matches.map((r) => ({
        path: r.id,
        message: `hiệu lực từ ${r.validFrom ?? "(không giới hạn)"} đến ${r.validTo ?? "(không giới hạn)"}`,
      })),
    );
  }
  return matches[0];
}

/** The registry of a period: the one valid on the period's last day (2025-H1 → vn-2022, 2025-Y → vn-2025). */
export function registryForPeriod(registries: readonly Registry[], period: Period): Registry | undefined {
  return registryForDate(registries, period.end);
}
