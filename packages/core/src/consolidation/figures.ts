import { isInputCell, type Annex } from "../annex/annex.js";
import type { AnnexGrid } from "../engine/cell-state.js";
import { computeDerived, type DerivedFigure } from "../engine/compute-derived.js";
import { Dec, type Decimal } from "../numbers/index.js";

/** Input figures of one annex by cell key `row.column`; derived cells are not inputs. */
export type AnnexInputs = ReadonlyMap<string, Decimal>;
/** Every figure of one annex: inputs and recomputed derived cells. */
export type AnnexFigures = ReadonlyMap<string, DerivedFigure>;
/** A unit's inputs, annex by annex. */
export type UnitInputs = ReadonlyMap<string, AnnexInputs>;

/** The input figures a validation read (readable values only). */
export function inputsOf(annex: Annex, grid: AnnexGrid): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const spec of annex.index.cells) {
    if (!isInputCell(annex, spec)) continue;
    const key = `${spec.row.code}.${spec.column.number}`;
    const state = grid.get(key);
    if (state?.status === "value") out.set(key, state.value);
  }
  return out;
}

/** Adds inputs cell by cell. A cell no one filled stays absent. */
export function sumInputs(list: readonly AnnexInputs[]): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const inputs of list) {
    for (const [key, value] of inputs) out.set(key, (out.get(key) ?? new Dec(0)).plus(value));
  }
  return out;
}

/** Sums inputs and recomputes every derived cell from the sums: percentages are never averaged. */
export function consolidateFigures(annex: Annex, list: readonly AnnexInputs[]): Map<string, DerivedFigure> {
  return computeDerived(annex, sumInputs(list));
}
