import { nameKeys } from "./name-keys.js";
import { normalizeName } from "./normalize-name.js";
import type { Registry, ReportingUnit } from "./types.js";

/** `Quảng Ngãi` → `quang ngai`: diacritics and `đ` folded away, after `normalizeName`. */
export function unaccented(text: string): string {
  return normalizeName(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

/** Prefixes typed without diacritics ("tinh uy quang ngai"), dropped one after another. */
const PREFIXES = ["ban to chuc", "dang bo", "dang uy", "tinh uy", "thanh uy", "tinh", "thanh pho", "tp.", "tp"];

function keysOf(text: string): string[] {
  const keys: string[] = [];
  let key: string | undefined = unaccented(text)
    .replace(/[,;:()"“”'‘’]/g, " ")
    .replace(/ +/g, " ")
    .trim();
  while (key && !keys.includes(key)) {
    keys.push(key);
    const current: string = key;
    const prefix = PREFIXES.find((p) => current.startsWith(`${p} `) || (p.endsWith(".") && current.startsWith(p)));
    key = prefix ? current.slice(prefix.length).trim() : undefined;
  }
  return keys;
}

/** Unaccented key → unit; undefined where two units share it (e.g. two names that differ only by tones). */
const cache = new WeakMap<Registry, Map<string, ReportingUnit | undefined>>();

function indexOf(registry: Registry): Map<string, ReportingUnit | undefined> {
  let index = cache.get(registry);
  if (index) return index;
  index = new Map();
  for (const unit of registry.units) {
    for (const label of [unit.name, unit.officialName, ...unit.aliases]) {
      for (const key of nameKeys(label).map(unaccented)) {
        if (!index.has(key)) index.set(key, unit);
        else if (index.get(key) !== unit) index.set(key, undefined);
      }
    }
  }
  cache.set(registry, index);
  return index;
}

/**
 * The unit a name typed without diacritics names ("quang ngai", "Tinh uy
 * Quang Ngai", "Ba Ria - Vung Tau"); undefined when none or several do.
 */
export function findUnitUnaccented(registry: Registry, text: string): ReportingUnit | undefined {
  const index = indexOf(registry);
  for (const key of keysOf(text)) {
    if (index.has(key)) return index.get(key);
  }
  return undefined;
}
