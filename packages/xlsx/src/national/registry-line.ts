import { periodLabel, type ConsolidationResult } from "@phuluc/core";

/** The unit list consolidated, named by the period it applies to: `Danh mục đơn vị áp dụng cho năm 2022 (vn-2022): 67 đơn vị`. */
export function registryLine(result: ConsolidationResult): string {
  return `Danh mục đơn vị áp dụng cho ${periodLabel(result.period)} (${result.registry.id}): ${result.coverage.expected} đơn vị`;
}
