import type { Grouping } from "@phuluc/core";

/** Unit code → the name of its group in a grouping (the first group that lists it). */
export function groupNames(grouping: Grouping): Map<string, string> {
  const names = new Map<string, string>();
  for (const group of grouping.groups) for (const unit of group.units) if (!names.has(unit)) names.set(unit, group.name);
  return names;
}
