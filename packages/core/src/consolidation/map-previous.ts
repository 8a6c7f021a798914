import type { Period } from "../periods/period.js";
import { mapToSuccessors } from "../units/successor.js";
import type { Registry } from "../units/types.js";
import type { PreviousComparison } from "./consolidation-result.js";
import { sumInputs, type AnnexInputs, type UnitInputs } from "./figures.js";

/** The previous period's input figures per unit, in the previous period's registry. */
export interface PreviousFigures {
  period: Period;
  registry: Registry;
  /** Unit code (previous registry) → that unit's inputs. */
  units: ReadonlyMap<string, UnitInputs>;
}

export interface MappedPrevious {
  comparison: PreviousComparison;
  /** Annex → current unit code → inputs summed over its predecessors. */
  inputs: ReadonlyMap<string, ReadonlyMap<string, AnnexInputs>>;
  /** Every previous unit's inputs of an annex (mapped or not), for the previous national total. */
  allInputs(annex: string): AnnexInputs[];
}

/**
 * Carries the previous period's figures onto the current registry's units:
 * each successor gets the sum of its predecessors (Tuyên Quang ← Tuyên
 * Quang + Hà Giang). The same registry maps each unit onto itself.
 */
export function mapPrevious(previous: PreviousFigures, current: Registry): MappedPrevious {
  const succession = mapToSuccessors(previous.registry, current);
  const inputs = new Map<string, Map<string, AnnexInputs>>();
  const mapping = new Map<string, readonly string[]>();
  for (const [successor, predecessors] of succession.predecessorsOf) {
    const present = predecessors.filter((p) => previous.units.has(p));
    if (present.length === 0) continue;
    if (predecessors.length !== 1 || predecessors[0] !== successor) mapping.set(successor, predecessors);
    const annexes = new Set(present.flatMap((p) => [...(previous.units.get(p)?.keys() ?? [])]));
    for (const annex of annexes) {
      const list = present.map((p) => previous.units.get(p)?.get(annex)).filter((x): x is AnnexInputs => x !== undefined);
      (inputs.get(annex) ?? inputs.set(annex, new Map()).get(annex))?.set(successor, sumInputs(list));
    }
  }
  return {
    comparison: {
      period: previous.period,
      registryId: previous.registry.id,
      mapped: previous.registry.id !== current.id,
      mapping,
      notComparable: succession.notComparable,
    },
    inputs,
    allInputs: (annex) =>
      [...previous.units.values()].map((u) => u.get(annex)).filter((x): x is AnnexInputs => x !== undefined),
  };
}
