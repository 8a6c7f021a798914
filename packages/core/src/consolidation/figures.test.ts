import { describe, expect, it } from "vitest";
import { isInputCell } from "../annex/annex.js";
import { catalogue2022 } from "../catalogue/builtin-catalogues.js";
import type { AnnexGrid, CellState } from "../engine/cell-state.js";
import { Dec } from "../numbers/index.js";
import { inputKeysOf, inputsOf } from "./figures.js";

const catalogue = catalogue2022();

describe("input cells of an annex", () => {
  it("lists every input cell in form order and no derived one, the same at every call", () => {
    for (const annex of catalogue.annexes) {
      const expected = annex.index.cells.filter((spec) => isInputCell(annex, spec)).map((spec) => `${spec.row.code}.${spec.column.number}`);
      expect(inputKeysOf(annex)).toEqual(expected);
      // A caller changing its list does not change the next one.
      inputKeysOf(annex).length = 0;
      expect(inputKeysOf(annex)).toEqual(expected);
      for (const key of annex.derivedBy.keys()) expect(expected).not.toContain(key);
    }
  });

  it("takes the values read from the input cells only, in form order", () => {
    const annex = catalogue.annexes[0]!;
    const keys = inputKeysOf(annex);
    const derived = [...annex.derivedBy.keys()][0]!;
    const value = (n: number): CellState => ({ status: "value", value: new Dec(n), decimals: 0, exact: true });
    const grid: AnnexGrid = new Map<string, CellState>([
      [keys[1]!, value(7)],
      [keys[0]!, value(3)],
      [keys[2]!, { status: "empty" }],
      [derived, value(99)],
    ]);
    const inputs = inputsOf(annex, grid);
    expect([...inputs.keys()]).toEqual([keys[0], keys[1]]);
    expect(inputs.get(keys[1]!)?.toString()).toBe("7");
  });
});
