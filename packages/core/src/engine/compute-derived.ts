import type { Annex } from "../annex/annex.js";
import { Dec, type Decimal } from "../numbers/index.js";
import { derivationPlan } from "./derivation-plan.js";

/** A figure computed for a derived cell; `null` when it has no value (a percentage of a whole of 0). */
export type DerivedFigure = Decimal | null;

/** The sum of the cells, or undefined when one is empty or has no value. */
function total(values: ReadonlyMap<string, DerivedFigure>, keys: readonly string[]): Decimal | undefined {
  let sum: Decimal | undefined;
  for (const key of keys) {
    const v = values.get(key);
    if (v === undefined || v === null) return undefined;
    sum = sum === undefined ? v : sum.plus(v);
  }
  return sum ?? new Dec(0);
}

/**
 * Fills every derived cell (totals, differences, percentages) from the input
 * figures, in dependency order: PL02 row 02 before row 01. Percentages are
 * computed from the counts, never averaged, and rounded half up to the
 * cell's default decimals. Empty optional inputs count as 0; a derived cell
 * with an empty required operand stays empty.
 */
export function computeDerived(annex: Annex, inputs: ReadonlyMap<string, Decimal>): Map<string, DerivedFigure> {
  const plan = derivationPlan(annex);
  const values = new Map<string, DerivedFigure>(inputs);
  for (const key of plan.optionalInputs) if (!values.has(key)) values.set(key, new Dec(0));
  const totalOf = (keys: readonly string[]) => total(values, keys);
  for (const step of plan.steps) {
    const figure = step.compute(totalOf);
    if (figure !== undefined) values.set(step.target, figure);
  }
  return values;
}
