import {
  RegistryError,
  catalogueLabel,
  mapToSuccessors,
  periodLabel,
  scopeNote,
  type Catalogue,
  type ComparableScope,
  type Registry,
} from "@phuluc/core/runtime";
import { ConsolidateError } from "../consolidate-error.js";
import type { PreviousData } from "./previous-data.js";

/**
 * Checks that the previous period's units flow into this period's (its
 * registry is the same or an earlier one the current registry names as
 * predecessor), as a ConsolidateError naming `--previous` otherwise.
 */
export function checkSuccession(previous: PreviousData, registry: Registry): void {
  try {
    mapToSuccessors(previous.registry, registry);
  } catch (error) {
    if (error instanceof RegistryError) {
      throw new ConsolidateError(
        `không so sánh được với ${periodLabel(previous.period)}: ${error.message}`,
        "Chỉ --previous tới số liệu của một kỳ trước kỳ đang tổng hợp.",
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

/**
 * Checks that the previous period's catalogue is this one or the one it
 * names as predecessor (whose rows and columns its mapping carries over),
 * and says in the notes that the figures were carried over.
 */
export function withCatalogueSuccession(previous: PreviousData, catalogue: Catalogue): PreviousData {
  const before = previous.catalogue;
  if (before.version === catalogue.version) return previous;
  if (catalogue.predecessor !== before.version) {
    throw new ConsolidateError(
      `không so sánh được với ${periodLabel(previous.period)}: số liệu kỳ đó theo mẫu ${catalogueLabel(before)}, còn mẫu ${catalogueLabel(catalogue)} không ghi đối chiếu (mapping) với mẫu ${before.version}.`,
      "Chỉ --previous tới số liệu của kỳ liền trước theo mẫu cũ, hoặc dùng --catalogue với danh mục có predecessor và mapping tới mẫu đó.",
    );
  }
  const note = `Kỳ so sánh: số liệu theo mẫu ${catalogueLabel(before)}, đối chiếu sang mẫu ${catalogueLabel(catalogue)}; chỉ tiêu đã thay đổi ghi "không so sánh được".`;
  return { ...previous, notes: [...previous.notes, note] };
}
