import { nameKeys } from "./name-keys.js";
import { unitByCode } from "./registry-lookup.js";
import type { Registry, ReportingUnit } from "./types.js";

interface Entry {
  unit: ReportingUnit | undefined;
  /** How many prefixes were stripped to get this key (0: the full name). */
  depth: number;
}

/** Name keys of a registry → unit; `unit` is undefined where two units share a key. */
type UnitIndex = Map<string, Entry>;

const cache = new WeakMap<Registry, UnitIndex>();

function add(index: UnitIndex, key: string, unit: ReportingUnit, depth: number): void {
  const entry = index.get(key);
  if (!entry || depth < entry.depth) index.set(key, { unit, depth });
  else if (depth === entry.depth && entry.unit !== unit) entry.unit = undefined;
}

function buildIndex(registry: Registry): UnitIndex {
  const index: UnitIndex = new Map();
  for (const unit of registry.units) {
    for (const label of [unit.name, unit.officialName, ...unit.aliases]) {
      nameKeys(label).forEach((key, depth) => add(index, key, unit, depth));
    }
  }
  return index;
}

function byCode(registry: Registry, text: string): ReportingUnit | undefined {
  let code = text.trim().toUpperCase();
  if (/^\d$/.test(code)) code = `0${code}`;
  return unitByCode(registry, code);
}

/**
 * The unit named by a code ("01", "1", "TW-CA") or by a name, official name
 * or alias, compared after `nameKeys` normalisation. Undefined when nothing
 * (or more than one unit) matches.
 */
export function lookupUnit(registry: Registry, text: string): ReportingUnit | undefined {
  const coded = byCode(registry, text);
  if (coded) return coded;
  let index = cache.get(registry);
  if (!index) {
    index = buildIndex(registry);
    cache.set(registry, index);
  }
  for (const key of nameKeys(text)) {
    const entry = index.get(key);
    if (entry) return entry.unit;
  }
  return undefined;
}
