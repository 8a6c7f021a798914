import { Dec, isInputCell, type AnnexGrid, type Catalogue, type CellState, type Decimal } from "@phuluc/core";

/**
 * Positions of every input cell of a catalogue in one flat array, annex by
 * annex in catalogue order. A unit's figures then travel between threads
 * and sit in memory as one Float64Array (NaN: not read) instead of maps of
 * decimals: 10,000 units stay small.
 */
export interface InputLayout {
  readonly size: number;
  /** Annex code → [first position, end) and the cell key at each position. */
  readonly annexes: ReadonlyMap<string, { start: number; keys: readonly string[] }>;
}

const layouts = new WeakMap<Catalogue, InputLayout>();

export function inputLayout(catalogue: Catalogue): InputLayout {
  const cached = layouts.get(catalogue);
  if (cached) return cached;
  const annexes = new Map<string, { start: number; keys: string[] }>();
  let size = 0;
  for (const annex of catalogue.annexes) {
    const keys = annex.index.cells.filter((spec) => isInputCell(annex, spec)).map((spec) => `${spec.row.code}.${spec.column.number}`);
    annexes.set(annex.code, { start: size, keys });
    size += keys.length;
  }
  const layout = { size, annexes };
  layouts.set(catalogue, layout);
  return layout;
}

/** Packs input figures (annex → cell key → value) into the flat array. */
export function packInputs(layout: InputLayout, figures: ReadonlyMap<string, ReadonlyMap<string, Decimal>>): Float64Array {
  const out = new Float64Array(layout.size).fill(Number.NaN);
  for (const [code, cells] of figures) {
    const place = layout.annexes.get(code);
    if (!place) continue;
    place.keys.forEach((key, i) => {
      const value = cells.get(key);
      if (value !== undefined) out[place.start + i] = value.toNumber();
    });
  }
  return out;
}

/** One annex's input figures back as decimals. */
export function unpackAnnex(layout: InputLayout, inputs: Float64Array, annex: string): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  const place = layout.annexes.get(annex);
  if (!place) return out;
  place.keys.forEach((key, i) => {
    const v = inputs[place.start + i];
    if (v !== undefined && !Number.isNaN(v)) out.set(key, new Dec(v));
  });
  return out;
}

/** A unit's input figures by annex, for the annexes it filed. */
export function unpackInputs(layout: InputLayout, inputs: Float64Array, annexes: readonly string[]): Map<string, Map<string, Decimal>> {
  return new Map(annexes.map((code) => [code, unpackAnnex(layout, inputs, code)]));
}

/**
 * The grids consolidation reads (`validation.grids`), built on demand from
 * the packed figures and not kept: only input cells with a value are there,
 * which is all consolidation takes from a grid.
 */
export class PackedGrids implements ReadonlyMap<string, AnnexGrid> {
  constructor(
    private readonly layout: InputLayout,
    private readonly inputs: Float64Array,
    private readonly present: readonly string[],
  ) {}

  get size(): number {
    return this.present.length;
  }

  has(annex: string): boolean {
    return this.present.includes(annex);
  }

  get(annex: string): AnnexGrid | undefined {
    if (!this.has(annex)) return undefined;
    const grid = new Map<string, CellState>();
    for (const [key, value] of unpackAnnex(this.layout, this.inputs, annex)) {
      grid.set(key, { status: "value", value, decimals: Math.max(0, value.decimalPlaces()), exact: true });
    }
    return grid;
  }

  *entries(): MapIterator<[string, AnnexGrid]> {
    for (const annex of this.present) yield [annex, this.get(annex) as AnnexGrid];
  }

  *keys(): MapIterator<string> {
    yield* this.present;
  }

  *values(): MapIterator<AnnexGrid> {
    for (const annex of this.present) yield this.get(annex) as AnnexGrid;
  }

  forEach(callback: (value: AnnexGrid, key: string, map: ReadonlyMap<string, AnnexGrid>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, AnnexGrid]> {
    return this.entries();
  }
}
