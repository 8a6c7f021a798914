import { RegistryError } from "./registry-error.js";
import type { Grouping, Registry, ReportingUnit } from "./types.js";

/** The unit with this exact code, if any. */
export function unitByCode(registry: Registry, code: string): ReportingUnit | undefined {
  return registry.units.find((u) => u.code === code);
}

/** The registry's default grouping (its first one). */
export function defaultGrouping(registry: Registry): Grouping {
  const grouping = registry.groupings[0];
  if (!grouping) {
    throw new RegistryError(`Danh mục đơn vị "${registry.id}" không hợp lệ`, [
      { path: "groupings", message: "phải có ít nhất một cách phân nhóm" },
    ]);
  }
  return grouping;
}
