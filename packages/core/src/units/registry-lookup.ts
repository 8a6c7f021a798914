import { RegistryError } from "./registry-error.js";
import type { Grouping, Registry, ReportingUnit } from "./types.js";

const byCode = new WeakMap<Registry, ReadonlyMap<string, ReportingUnit>>();

/** The unit with this exact code, if any (a map built once per registry: 10,000 units are looked up per file). */
export function unitByCode(registry: Registry, code: string): ReportingUnit | undefined {
  let index = byCode.get(registry);
  if (!index) {
    index = new Map(registry.units.map((u) => [u.code, u]));
    byCode.set(registry, index);
  }
  return index.get(code);
}

/** The registry's default grouping (its first one). */
export function defaultGrouping(registry: Registry): Grouping {
  const grouping = registry.groupings[0];
  if (!grouping) {
    throw new RegistryError(`Danh mục đơn vị "${registry.id}" không hợp lệ`, [{ path: "groupings", message: "phải có ít nhất một cách phân nhóm" }]);
  }
  return grouping;
}
