import { RegistryError, mapToSuccessors, periodLabel, type Registry } from "@phuluc/core";
import { UsageError } from "../cli/usage-error.js";
import { cappedList } from "../cli/capped-list.js";
import type { PreviousData } from "./previous-data.js";

/**
 * Keeps the previous period's figures only for units whose successor is in
 * this period's totals, so "tăng/giảm so với năm trước" compares the same
 * scope: a unit missing this year is not read as a national decrease.
 * Predecessors of a merged unit all stay when the merged unit is included.
 */
export function comparableScope(previous: PreviousData, registry: Registry, included: ReadonlySet<string>, command: string): PreviousData {
  let successorOf: (code: string) => string | undefined;
  try {
    successorOf = mapToSuccessors(previous.registry, registry).successorOf;
  } catch (error) {
    if (error instanceof RegistryError) {
      throw new UsageError(
        `không so sánh được với ${periodLabel(previous.period)}: ${error.message}`,
        "Chỉ --previous tới số liệu của một kỳ trước kỳ đang tổng hợp.",
        command,
      );
    }
    throw error;
  }
  const units = new Map([...previous.units].filter(([code]) => included.has(successorOf(code) ?? "")));
  const left = [...previous.units.keys()].filter((code) => !units.has(code));
  const names = new Map(previous.registry.units.map((u) => [u.code, u.name]));
  const notes = [...previous.notes];
  if (left.length > 0) {
    notes.push(
      `Số liệu ${periodLabel(previous.period)} dùng để so sánh chỉ gồm các đơn vị có số liệu trong kỳ này (${units.size} đơn vị); không tính ${left.length} đơn vị: ${cappedList(left.map((c) => names.get(c) ?? c), ", ", "đơn vị")}.`,
    );
  }
  return { ...previous, units, notes };
}
