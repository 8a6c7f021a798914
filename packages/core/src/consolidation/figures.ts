import { isInputCell, type Annex } from "../annex/annex.js";
import type { AnnexGrid } from "../engine/cell-state.js";
import { computeDerived, type DerivedFigure } from "../engine/compute-derived.js";
import type { Decimal } from "../numbers/index.js";
import { addendsOf, CellSums } from "./cell-sums.js";
import { cellKey } from "../rule/line-ref.js";

/** Input figures of one annex by cell key `row.column`; derived cells are not inputs. */
export type AnnexInputs = ReadonlyMap<string, Decimal>;
/** Every figure of one annex: inputs and recomputed derived cells. */
export type AnnexFigures = ReadonlyMap<string, DerivedFigure>;
/** A unit's inputs, annex by annex. */
export type UnitInputs = ReadonlyMap<string, AnnexInputs>;

/**
 * The keys of an annex's input cells, built once per annex: reading a folder
 * asks for them once per file, and a key made afresh each time must be
 * hashed again at every lookup.
 */
const inputKeysByAnnex = new WeakMap<Annex, readonly string[]>();

function cachedInputKeys(annex: Annex): readonly string[] {
  let keys = inputKeysByAnnex.get(annex);
  if (!keys) {
    keys = annex.index.cells.filter((spec) => isInputCell(annex, spec)).map((spec) => cellKey(spec.row.code, spec.column.number));
    inputKeysByAnnex.set(annex, keys);
  }
  return keys;
}

/** The input figures a validation read (readable values only). */
export function inputsOf(annex: Annex, grid: AnnexGrid): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const key of cachedInputKeys(annex)) {
    const state = grid.get(key);
    if (state?.status === "value") out.set(key, state.value);
  }
  return out;
}

/** The keys `row.column` of an annex's input cells, in form order. */
export function inputKeysOf(annex: Annex): string[] {
  return [...cachedInputKeys(annex)];
}

/** Adds inputs cell by cell. A cell no one filled stays absent. */
export function sumInputs(list: readonly AnnexInputs[]): Map<string, Decimal> {
  const sums = new CellSums();
  for (const inputs of list) sums.add(addendsOf(inputs));
  return sums.decimals();
}

/** Sums inputs and recomputes every derived cell from the sums: percentages are never averaged. */
export function consolidateFigures(annex: Annex, list: readonly AnnexInputs[]): Map<string, DerivedFigure> {
  return computeDerived(annex, sumInputs(list));
}
