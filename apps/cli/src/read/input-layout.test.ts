import { Dec, catalogue2022 } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { PackedGrids, inputLayout, packInputs, unpackAnnex, unpackInputs } from "./input-layout.js";

const catalogue = catalogue2022();
const layout = inputLayout(catalogue);

describe("packed input figures", () => {
  it("lays out every input cell of the catalogue once", () => {
    const keys = [...layout.annexes.values()].flatMap((a) => a.keys);
    expect(keys.length).toBe(layout.size);
    expect(layout.annexes.get("PL01")?.keys).toContain("01.1");
    expect(layout.annexes.get("PL01")?.keys).not.toContain("01.3");
  });

  it("round-trips figures, leaving unread cells out", () => {
    const figures = new Map([["PL04", new Map([["01.1", new Dec(51425)], ["02.1", new Dec("5800580")]])]]);
    const packed = packInputs(layout, figures);
    expect(packed).toBeInstanceOf(Float64Array);
    const back = unpackInputs(layout, packed, ["PL04"]);
    expect([...(back.get("PL04") ?? new Map())].map(([k, v]) => [k, v.toString()])).toEqual([
      ["01.1", "51425"],
      ["02.1", "5800580"],
    ]);
    expect(unpackAnnex(layout, packed, "PL01").size).toBe(0);
  });

  it("serves the grids consolidation reads, only for the annexes filed", () => {
    const packed = packInputs(layout, new Map([["PL07", new Map([["01.1", new Dec(12)]])]]));
    const grids = new PackedGrids(layout, packed, ["PL07"]);
    expect(grids.size).toBe(1);
    expect(grids.get("PL01")).toBeUndefined();
    expect(grids.get("PL07")?.get("01.1")).toMatchObject({ status: "value", exact: true });
    expect([...grids.keys()]).toEqual(["PL07"]);
  });
});
