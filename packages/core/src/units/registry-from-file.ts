import type { RegistryFile } from "./registry-schema.js";
import type { Registry, ReportingUnit } from "./types.js";

/**
 * The registry a registry file describes, from a file already checked
 * (by `loadRegistry`, or for the shipped files by the tests).
 */
export function toRegistry(file: RegistryFile): Registry {
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
