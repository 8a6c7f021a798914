import { unaccented } from "./find-unit-unaccented.js";
import { nameKeys } from "./name-keys.js";
import { unitByCode } from "./registry-lookup.js";
import type { Registry, ReportingUnit } from "./types.js";

/** Leading unit code of a file name: `60-binh-thuan`, `TW-CA-dang-uy-…`. */
const LEADING_CODE = /^(\d{1,2}|TW-[A-Z]{2,})(?=[-_ .]|$)/i;

/** Whole words of `words` contain `name`'s words in order, side by side. */
function containsWords(words: readonly string[], name: readonly string[]): boolean {
  for (let i = 0; i + name.length <= words.length; i++) {
    if (name.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}

/** A unit's names as unaccented words, every key of every label. */
interface UnitNames {
  unit: ReportingUnit;
  names: readonly (readonly string[])[];
}

const namesByRegistry = new WeakMap<Registry, readonly UnitNames[]>();

/** The registry's unit names as words: made once per registry (a registry is frozen), not per file. */
function unitNames(registry: Registry): readonly UnitNames[] {
  let known = namesByRegistry.get(registry);
  if (known === undefined) {
    known = registry.units.map((unit) => ({
      unit,
      names: [unit.name, unit.officialName, ...unit.aliases].flatMap((label) =>
        nameKeys(label)
          .map((key) => unaccented(key).split(" ").filter(Boolean))
          .filter((name) => name.length > 0),
      ),
    }));
    namesByRegistry.set(registry, known);
  }
  return known;
}

function byName(registry: Registry, words: readonly string[]): ReportingUnit | undefined {
  let best: { unit: ReportingUnit; length: number } | undefined;
  let tie = false;
  for (const { unit, names } of unitNames(registry)) {
    for (const name of names) {
      if (!containsWords(words, name)) continue;
      if (!best || name.length > best.length) {
        best = { unit, length: name.length };
        tie = false;
      } else if (name.length === best.length && best.unit !== unit) tie = true;
    }
  }
  return best && !tie ? best.unit : undefined;
}

/**
 * The unit a file's name names: its leading code (`60-…`) or the unit's
 * name in it, with or without diacritics (`60-binh-thuan.ods`,
 * `Báo cáo Bình Thuận.xls`). Undefined when it names none, several, or a
 * code and a name that disagree. Used to account for a file that cannot be
 * read: it is that unit's, not "chưa nộp".
 */
export function findUnitInFileName(registry: Registry, file: string): ReportingUnit | undefined {
  const base = (file.split(/[\\/]/).pop() ?? "").replace(/\.[^.]*$/, "");
  const code = LEADING_CODE.exec(base)?.[1];
  const coded = code ? unitByCode(registry, /^\d$/.test(code) ? `0${code}` : code.toUpperCase()) : undefined;
  const words = unaccented(base.replace(/[-_.]+/g, " "))
    .split(" ")
    .filter(Boolean);
  const named = byName(registry, code ? words.slice(code.split("-").length) : words);
  if (coded && named && coded !== named) return undefined;
  return coded ?? named;
}
