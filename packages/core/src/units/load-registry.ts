import { deepFreeze } from "./deep-freeze.js";
import { checkRegistry } from "./registry-checks.js";
import { RegistryError } from "./registry-error.js";
import { registryFileSchema, type RegistryFile } from "./registry-schema.js";
import type { Registry, ReportingUnit } from "./types.js";
import { vietnameseErrorMap, zodIssuesToRegistryIssues } from "./zod-issues.js";

function heading(json: unknown): string {
  const id = json !== null && typeof json === "object" && "id" in json ? (json as { id: unknown }).id : undefined;
  return typeof id === "string" ? `Danh mục đơn vị "${id}" không hợp lệ` : "Danh mục đơn vị không hợp lệ";
}

function toRegistry(file: RegistryFile): Registry {
  const groupOf = new Map<string, string>();
  for (const group of file.groupings[0]?.groups ?? []) {
    for (const code of group.units) if (!groupOf.has(code)) groupOf.set(code, group.code);
  }
  const units: ReportingUnit[] = file.units.map((u) => {
    const group = groupOf.get(u.code);
    return {
      code: u.code,
      name: u.name,
      officialName: u.officialName,
      kind: u.kind,
      aliases: u.aliases ?? [],
      groups: u.groups ?? (group === undefined ? [] : [group]),
      predecessors: (u.predecessors ?? []).map((p) => ({ registry: p.registry, code: p.code })),
    };
  });
  return {
    id: file.id,
    title: file.title,
    validFrom: file.validFrom,
    validTo: file.validTo,
    ...(file.note === undefined ? {} : { note: file.note }),
    units,
    groupings: file.groupings.map((g) => ({
      id: g.id,
      name: g.name,
      groups: g.groups.map((gr) => ({ code: gr.code, name: gr.name, units: [...gr.units] })),
    })),
  };
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
