import type { Finding } from "../finding/finding.js";
import { periodLabel, type Period } from "../periods/index.js";
import { findUnit } from "./find-unit.js";
import { RegistryError } from "./registry-error.js";
import { registryForPeriod } from "./registry-for-period.js";
import type { Registry, ReportingUnit } from "./types.js";
import { lookupUnit } from "./unit-index.js";

export type FindUnitForPeriodResult =
  | { unit: ReportingUnit; registry: Registry }
  | { finding: Finding; suggestion?: ReportingUnit };

/**
 * Finds a unit in the registry valid for the period. A unit that exists only
 * in another registry (e.g. "Hà Giang" in a 2025-Y workbook) yields
 * `unit.not_in_registry_for_period`, naming the period's registry and the
 * registry the name belongs to. Throws `RegistryError` when no registry
 * covers the period.
 */
export function findUnitForPeriod(
  registries: readonly Registry[],
  period: Period,
  nameOrCode: string,
): FindUnitForPeriodResult {
  const registry = registryForPeriod(registries, period);
  if (!registry) {
    throw new RegistryError(`Không có danh mục đơn vị nào có hiệu lực cho ${periodLabel(period)}`, [
      { path: period.id, message: `kỳ kết thúc ngày ${period.end}` },
    ]);
  }
  const found = findUnit(registry, nameOrCode);
  if ("unit" in found) return { unit: found.unit, registry };
  const periodParams = { period: period.id, periodLabel: periodLabel(period) };
  if (found.finding.code === "unit.unknown") {
    for (const other of registries) {
      if (other === registry) continue;
      const unit = lookupUnit(other, nameOrCode);
      if (!unit) continue;
      return {
        finding: {
          code: "unit.not_in_registry_for_period",
          severity: "error",
          path: {},
          params: {
            name: nameOrCode,
            ...periodParams,
            registry: registry.id,
            registryTitle: registry.title,
            foundIn: other.id,
            foundInTitle: other.title,
            foundUnit: unit.code,
            foundUnitName: unit.name,
          },
        },
      };
    }
  }
  return { ...found, finding: { ...found.finding, params: { ...found.finding.params, ...periodParams } } };
}
