import type { Period } from "../periods/period.js";
import type { Decimal } from "../numbers/index.js";
import { mapToSuccessors, type SuccessionMap } from "../units/successor.js";
import type { Registry } from "../units/types.js";
import type { Catalogue } from "../catalogue/catalogue.js";
import type { PreviousComparison } from "./consolidation-result.js";
import { addendsOf, CellSums } from "./cell-sums.js";
import { sumInputs, type AnnexInputs, type UnitInputs } from "./figures.js";

/** The previous period's input figures per unit, in the previous period's registry. */
export interface PreviousFigures {
  period: Period;
  registry: Registry;
  /**
   * The catalogue the previous figures were filed under, when it is not the
   * current one: the current catalogue's mapping carries them over.
   */
  catalogue?: Catalogue;
  /** Unit code (previous registry) → that unit's inputs. */
  units: ReadonlyMap<string, UnitInputs>;
}

/**
 * The previous period carried onto the current units. Figures are summed
 * when asked for, not kept: 10,000 previous units cost only what the
 * caller already holds.
 */
export interface MappedPrevious {
  /** What the result says about the previous period; the scope is added by `consolidate`, which knows the units included. */
  comparison: Omit<PreviousComparison, "scope">;
  /** Current units with previous figures for the annex, in the current registry's order. */
  units(annex: string): readonly string[];
  /** A current unit's previous inputs of an annex: its predecessors' summed (undefined when none filed it). */
  inputsOf(annex: string, unit: string): AnnexInputs | undefined;
  /** Whether every predecessor of a current unit filed the annex in the previous period. */
  fullyFiled(annex: string, unit: string): boolean;
  /** How the previous registry's units flow into the current one. */
  succession: SuccessionMap;
  /** Every previous unit's inputs of an annex summed (mapped or not): the previous national total's inputs. */
  nationalInputs(annex: string): Map<string, Decimal>;
}

/**
 * Carries the previous period's figures onto the current registry's units:
 * each successor gets the sum of its predecessors (Tuyên Quang ← Tuyên
 * Quang + Hà Giang). The same registry maps each unit onto itself.
 */
export function mapPrevious(previous: PreviousFigures, current: Registry): MappedPrevious {
  const succession = mapToSuccessors(previous.registry, current);
  const present = new Map<string, readonly string[]>();
  const mapping = new Map<string, readonly string[]>();
  for (const [successor, predecessors] of succession.predecessorsOf) {
    const filed = predecessors.filter((p) => previous.units.has(p));
    if (filed.length === 0) continue;
    present.set(successor, filed);
    if (predecessors.length !== 1 || predecessors[0] !== successor) mapping.set(successor, predecessors);
  }
  const annexesOf = (unit: string) => previous.units.get(unit);
  const inputsOf = (annex: string, unit: string): AnnexInputs | undefined => {
    const list = (present.get(unit) ?? []).map((p) => annexesOf(p)?.get(annex)).filter((x): x is AnnexInputs => x !== undefined);
    if (list.length === 0) return undefined;
    return list.length === 1 ? list[0] : sumInputs(list);
  };
  return {
    comparison: {
      period: previous.period,
      registryId: previous.registry.id,
      mapped: previous.registry.id !== current.id,
      mapping,
      notComparable: succession.notComparable,
    },
    units: (annex) => [...present].filter(([, filed]) => filed.some((p) => annexesOf(p)?.has(annex))).map(([unit]) => unit),
    inputsOf,
    fullyFiled: (annex, unit) => {
      const predecessors = succession.predecessorsOf.get(unit) ?? [];
      return predecessors.length > 0 && predecessors.every((p) => annexesOf(p)?.has(annex) === true);
    },
    succession,
    nationalInputs: (annex) => {
      const sums = new CellSums();
      for (const unit of previous.units.values()) {
        const inputs = unit.get(annex);
        if (inputs) sums.add(addendsOf(inputs));
      }
      return sums.decimals();
    },
  };
}
