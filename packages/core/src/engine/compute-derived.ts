import type { Annex } from "../annex/annex.js";
import { Dec, percentOf, roundHalfUp, type Decimal } from "../numbers/index.js";
import { cellKey, type CellKey } from "../rule/line-ref.js";
import type { DerivingInstance } from "../rule/rule-instance.js";

/** A figure computed for a derived cell; `null` when it has no value (a percentage of a whole of 0). */
export type DerivedFigure = Decimal | null;

function operandCells(instance: DerivingInstance): CellKey[] {
  if ("parts" in instance) return instance.parts;
  if ("minuend" in instance) return [instance.minuend, ...instance.subtrahends];
  return [...instance.part, ...instance.whole];
}

function total(values: ReadonlyMap<string, DerivedFigure>, cells: readonly CellKey[]): Decimal {
  return cells.reduce((acc, c) => acc.plus(values.get(cellKey(c.row, c.column)) ?? 0), new Dec(0));
}

/**
 * Fills every derived cell (totals, differences, percentages) from the input
 * figures, in dependency order: PL02 row 02 before row 01. Percentages are
 * computed from the counts, never averaged, and rounded half up to the
 * cell's default decimals. Empty optional inputs count as 0; a derived cell
 * with an empty required operand stays empty.
 */
export function computeDerived(annex: Annex, inputs: ReadonlyMap<string, Decimal>): Map<string, DerivedFigure> {
  const values = new Map<string, DerivedFigure>(inputs);
  for (const spec of annex.index.cells) {
    const key = cellKey(spec.row.code, spec.column.number);
    if (spec.optional && !values.has(key) && !annex.derivedBy.has(key)) values.set(key, new Dec(0));
  }
  let pending = [...annex.derivedBy.values()];
  while (pending.length > 0) {
    const waiting: DerivingInstance[] = [];
    for (const instance of pending) {
      const cells = operandCells(instance);
      if (cells.some((c) => !values.has(cellKey(c.row, c.column)))) {
        waiting.push(instance);
        continue;
      }
      if (cells.some((c) => values.get(cellKey(c.row, c.column)) === null)) continue;
      const target = cellKey(instance.target.row, instance.target.column);
      if ("parts" in instance) values.set(target, total(values, instance.parts));
      else if ("minuend" in instance) values.set(target, total(values, [instance.minuend]).minus(total(values, instance.subtrahends)));
      else {
        const ratio = percentOf(total(values, instance.part), total(values, instance.whole));
        const decimals = annex.index.cell(instance.target.row, instance.target.column)?.decimals.default ?? 1;
        values.set(target, ratio === null ? null : roundHalfUp(ratio, decimals));
      }
    }
    // Operands that never arrive (empty inputs) leave their targets empty.
    if (waiting.length === pending.length) break;
    pending = waiting;
  }
  return values;
}
