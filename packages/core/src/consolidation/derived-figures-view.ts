import type { Annex } from "../annex/annex.js";
import { computeDerived } from "../engine/compute-derived.js";
import type { AnnexFigures, AnnexInputs } from "./figures.js";

/**
 * Units' figures of one annex, each computed when asked for from the unit's
 * inputs (derived cells recomputed) and not kept: consolidating 10,000 units
 * holds no per-unit maps of decimals. Each `get` computes anew, so a caller
 * reading many cells of one unit should keep the map it got.
 */
export class DerivedFiguresView implements ReadonlyMap<string, AnnexFigures> {
  private readonly members: ReadonlySet<string>;

  constructor(
    private readonly annex: Annex,
    /** Unit codes, in the order the map iterates. */
    private readonly codes: readonly string[],
    private readonly inputsOf: (code: string) => AnnexInputs | undefined,
  ) {
    this.members = new Set(codes);
  }

  get size(): number {
    return this.codes.length;
  }

  has(code: string): boolean {
    return this.members.has(code);
  }

  get(code: string): AnnexFigures | undefined {
    if (!this.members.has(code)) return undefined;
    const inputs = this.inputsOf(code);
    return inputs ? computeDerived(this.annex, inputs) : undefined;
  }

  *entries(): MapIterator<[string, AnnexFigures]> {
    for (const code of this.codes) {
      const figures = this.get(code);
      if (figures) yield [code, figures];
    }
  }

  *keys(): MapIterator<string> {
    yield* this.codes;
  }

  *values(): MapIterator<AnnexFigures> {
    for (const [, figures] of this.entries()) yield figures;
  }

  forEach(callback: (value: AnnexFigures, key: string, map: ReadonlyMap<string, AnnexFigures>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  [Symbol.iterator](): MapIterator<[string, AnnexFigures]> {
    return this.entries();
  }
}
