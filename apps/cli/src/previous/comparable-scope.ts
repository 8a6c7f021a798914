import { RegistryError, mapToSuccessors, periodLabel, scopeNote, type ComparableScope, type Registry } from "@phuluc/core";
import { UsageError } from "../cli/usage-error.js";
import type { PreviousData } from "./previous-data.js";

/**
 * Checks that the previous period's units flow into this period's (its
 * registry is the same or an earlier one the current registry names as
 * predecessor), as a usage error naming `--previous` otherwise.
 */
export function checkSuccession(previous: PreviousData, registry: Registry, command: string): void {
  try {
    mapToSuccessors(previous.registry, registry);
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
}

/**
 * The previous data with a note saying over which units the changes were
 * computed (the consolidation compares like for like) and who was left out.
 */
export function withScopeNote(previous: PreviousData, scope: ComparableScope): PreviousData {
  const note = scopeNote(scope.units.length, scope.leftOut);
  if (!note) return previous;
  return { ...previous, notes: [...previous.notes, `Mức tăng, giảm so với ${periodLabel(previous.period)} ${note}.`] };
}
