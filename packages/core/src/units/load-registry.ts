import { deepFreeze } from "./deep-freeze.js";
import { checkRegistry } from "./registry-checks.js";
import { RegistryError } from "./registry-error.js";
import { registryFileSchema } from "./registry-schema.js";
import { toRegistry } from "./registry-from-file.js";
import type { Registry } from "./types.js";
import { vietnameseErrorMap, zodIssuesToRegistryIssues } from "./zod-issues.js";

function heading(json: unknown): string {
  const id = json !== null && typeof json === "object" && "id" in json ? (json as { id: unknown }).id : undefined;
  return typeof id === "string" ? `Danh mục đơn vị "${id}" không hợp lệ` : "Danh mục đơn vị không hợp lệ";
}

/**
 * Validates a unit registry (the parsed JSON of `data/units/registry-*.json`)
 * and returns it frozen. Throws `RegistryError` listing every problem with
 * its JSON path: wrong shapes, duplicate codes or names, groups naming
 * unknown units, inconsistent `groups`, malformed predecessor references.
 */
export function loadRegistry(json: unknown): Registry {
  const parsed = registryFileSchema.safeParse(json, { error: vietnameseErrorMap });
  if (!parsed.success) throw new RegistryError(heading(json), zodIssuesToRegistryIssues(parsed.error));
  const issues = checkRegistry(parsed.data);
  if (issues.length > 0) throw new RegistryError(heading(json), issues);
  return deepFreeze(toRegistry(parsed.data));
}
