// Named, from zod's core: `z.core.toDotPath` would bring the whole `core` namespace (every locale) into a bundle.
import { toDotPath } from "zod/v4/core";

/**
 * Where a zod issue sits, as zod itself writes it (`sections[0].rows[2].code`,
 * `units[3]["mã"]`); the root is written `(gốc)`. The one path formatter of
 * the document loaders (annexes, catalogues, registries, groupings).
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return toDotPath(path) || "(gốc)";
}
