import { cellKey, Dec, LazyMap, isInputCell, type AnnexGrid, type Catalogue, type CellState, type Decimal, type DerivedFigure } from "@phuluc/core/runtime";

/**
 * Positions of every cell of a catalogue in one flat array, annex by annex
 * in catalogue order and, within an annex, in form order (`index.cells`).
 * A unit's figures (inputs as read, derived cells recomputed) then travel
 * between threads and sit in memory as one Float64Array (NaN: no figure)
 * instead of maps of decimals: 10,000 units stay small, and a per-unit
 * table row is a slice of it.
 */
export interface FigureLayout {
  readonly size: number;
  /** Annex code → [first position, first + keys.length): the cell key at each position, and which are inputs. */
  readonly annexes: ReadonlyMap<string, { start: number; keys: readonly string[]; input: readonly boolean[] }>;
}

const layouts = new WeakMap<Catalogue, FigureLayout>();

export function figureLayout(catalogue: Catalogue): FigureLayout {
  const cached = layouts.get(catalogue);
  if (cached) return cached;
  const annexes = new Map<string, { start: number; keys: string[]; input: boolean[] }>();
  let size = 0;
  for (const annex of catalogue.annexes) {
    const keys = annex.index.cells.map((spec) => cellKey(spec.row.code, spec.column.number));
    const input = annex.index.cells.map((spec) => isInputCell(annex, spec));
    annexes.set(annex.code, { start: size, keys, input });
    size += keys.length;
  }
  const layout = { size, annexes };
  layouts.set(catalogue, layout);
  return layout;
}

/** Packs figures (annex → cell key → value) into the flat array; cells without a figure (or without a value) are NaN. */
export function packFigures(layout: FigureLayout, figures: ReadonlyMap<string, ReadonlyMap<string, DerivedFigure>>): Float64Array {
  const out = new Float64Array(layout.size).fill(Number.NaN);
  for (const [code, cells] of figures) {
    const place = layout.annexes.get(code);
    if (!place) continue;
    place.keys.forEach((key, i) => {
      const value = cells.get(key);
      if (value !== undefined && value !== null) out[place.start + i] = value.toNumber();
    });
  }
  return out;
}

/** One annex's figures as numbers in form order (NaN: none): a view, not a copy. */
export function annexFigureRow(layout: FigureLayout, figures: Float64Array, annex: string): Float64Array | undefined {
  const place = layout.annexes.get(annex);
  return place ? figures.subarray(place.start, place.start + place.keys.length) : undefined;
}

/** Each input figure of one annex (cells with a value), in form order. */
function forEachInput(layout: FigureLayout, figures: Float64Array, annex: string, take: (key: string, value: number) => void): void {
  const place = layout.annexes.get(annex);
  if (!place) return;
  place.keys.forEach((key, i) => {
    const v = figures[place.start + i];
    if (place.input[i] && v !== undefined && !Number.isNaN(v)) take(key, v);
  });
}

/** One annex's input figures back as decimals. */
export function unpackAnnexInputs(layout: FigureLayout, figures: Float64Array, annex: string): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  forEachInput(layout, figures, annex, (key, v) => out.set(key, new Dec(v)));
  return out;
}

/**
 * One annex's input figures as consolidation's addends: a safe integer (a
 * count) stays a number, anything else becomes the decimal it was packed
 * from (the same as unpacking them as decimals).
 */
export function packedAddends(layout: FigureLayout, figures: Float64Array, annex: string): Map<string, number | Decimal> {
  const out = new Map<string, number | Decimal>();
  forEachInput(layout, figures, annex, (key, v) => out.set(key, Number.isSafeInteger(v) ? v : new Dec(v)));
  return out;
}

/**
 * The grids consolidation reads (`validation.grids`), each built when asked
 * for from the packed figures and not kept: only input cells with a value
 * are there, which is all consolidation takes from a grid.
 */
export function packedGrids(layout: FigureLayout, figures: Float64Array, annexes: readonly string[]): ReadonlyMap<string, AnnexGrid> {
  return new LazyMap(annexes, (annex) => {
    const grid = new Map<string, CellState>();
    for (const [key, value] of unpackAnnexInputs(layout, figures, annex)) {
      grid.set(key, { status: "value", value, decimals: Math.max(0, value.decimalPlaces()), exact: true });
    }
    return grid;
  });
}

/** A unit's input figures by annex, each unpacked when asked for and not kept. */
export function packedInputs(layout: FigureLayout, figures: Float64Array, annexes: readonly string[]): ReadonlyMap<string, ReadonlyMap<string, Decimal>> {
  return new LazyMap(annexes, (annex) => unpackAnnexInputs(layout, figures, annex));
}
