import { quoteText } from "../text/quote-text.js";
import type { Finding } from "../finding/finding.js";
import { periodLabel, type Period } from "../periods/index.js";
import { findUnit } from "./find-unit.js";
import { RegistryError } from "./registry-error.js";
import { registryForPeriod } from "./registry-for-period.js";
import type { Registry, ReportingUnit } from "./types.js";
import { lookupUnit } from "./unit-index.js";
import { findUnitUnaccented } from "./find-unit-unaccented.js";
import { mapToSuccessors } from "./successor.js";
import { unitByCode } from "./registry-lookup.js";

/** The unit of `to` an earlier registry's unit was merged into; undefined when `to` does not follow `from`. */
function successorIn(from: Registry, to: Registry, code: string): ReportingUnit | undefined {
  try {
    const successor = mapToSuccessors(from, to).successorOf(code);
    return successor === undefined ? undefined : unitByCode(to, successor);
  } catch (error) {
    if (error instanceof RegistryError) return undefined;
    throw error;
  }
}

export type FindUnitForPeriodResult = { unit: ReportingUnit; registry: Registry } | { finding: Finding; suggestion?: ReportingUnit };

/**
 * Finds a unit in the registry valid for the period. A unit that exists only
 * in another registry (e.g. "Hà Giang" in a 2025-Y workbook) yields
 * `unit.not_in_registry_for_period`, naming the period's registry and the
 * registry the name belongs to, and the unit it was merged into when the
 * period's registry names it as predecessor ("Kon Tum" → Quảng Ngãi). Throws `RegistryError` when no registry
 * covers the period.
 */
export function findUnitForPeriod(registries: readonly Registry[], period: Period, nameOrCode: string): FindUnitForPeriodResult {
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
      const unit = lookupUnit(other, nameOrCode) ?? findUnitUnaccented(other, nameOrCode);
      if (!unit) continue;
      const successor = successorIn(other, registry, unit.code);
      return {
        finding: {
          code: "unit.not_in_registry_for_period",
          severity: "error",
          path: {},
          params: {
            name: quoteText(nameOrCode),
            ...periodParams,
            registry: registry.id,
            registryTitle: registry.title,
            foundIn: other.id,
            foundInTitle: other.title,
            foundUnit: unit.code,
            foundUnitName: unit.name,
            ...(successor
              ? { successor: successor.code, successorName: successor.name, ...(registry.validFrom ? { successorFrom: registry.validFrom } : {}) }
              : {}),
          },
        },
      };
    }
  }
  return { ...found, finding: { ...found.finding, params: { ...found.finding.params, ...periodParams } } };
}
