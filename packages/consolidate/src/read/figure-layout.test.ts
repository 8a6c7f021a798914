import { Dec, catalogue2022, computeDerived } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { annexFigureRow, packedAddends, packedGrids, figureLayout, packFigures, packedInputs, unpackAnnexInputs } from "./figure-layout.js";

const catalogue = catalogue2022();
const layout = figureLayout(catalogue);

describe("packed figures", () => {
  it("lays out every cell of the catalogue once, in form order, marking the inputs", () => {
    const keys = [...layout.annexes.values()].flatMap((a) => a.keys);
    expect(keys.length).toBe(layout.size);
    const pl01 = layout.annexes.get("PL01");
    expect(pl01?.keys).toEqual(catalogue.annex("PL01")?.index.cells.map((s) => `${s.row.code}.${s.column.number}`));
    const pl02 = layout.annexes.get("PL02");
    expect(pl02?.input[pl02.keys.indexOf("01.1")]).toBe(false);
    expect(pl02?.input[pl02.keys.indexOf("03.1")]).toBe(true);
  });

  it("round-trips input figures, leaving unread cells out", () => {
    const figures = new Map([
      [
        "PL04",
        new Map([
          ["01.1", new Dec(51425)],
          ["02.1", new Dec("5800580")],
        ]),
      ],
    ]);
    const packed = packFigures(layout, figures);
    expect(packed).toBeInstanceOf(Float64Array);
    const back = packedInputs(layout, packed, ["PL04"]);
    expect([...(back.get("PL04") ?? new Map())].map(([k, v]) => [k, v.toString()])).toEqual([
      ["01.1", "51425"],
      ["02.1", "5800580"],
    ]);
    expect(unpackAnnexInputs(layout, packed, "PL01").size).toBe(0);
  });

  it("keeps derived figures for the per-unit tables, but gives consolidation only the inputs", () => {
    const annex = catalogue.annex("PL02");
    if (!annex) throw new Error("no PL02");
    const inputs = new Map(["03", "04", "05", "06", "07", "08", "09", "10"].map((row, i) => [`${row}.1`, new Dec(i + 1)]));
    const all = computeDerived(annex, inputs);
    const packed = packFigures(layout, new Map([["PL02", all]]));
    const row = annexFigureRow(layout, packed, "PL02");
    const at = (key: string) => row?.[layout.annexes.get("PL02")?.keys.indexOf(key) ?? -1];
    // r02 = r03 + … + r08 = 21; r01 = r02 + r09 + r10 = 21 + 7 + 8.
    expect(at("02.1")).toBe(21);
    expect(at("01.1")).toBe(36);
    expect(at("03.1")).toBe(1);
    expect([...unpackAnnexInputs(layout, packed, "PL02").keys()]).toEqual(["03.1", "04.1", "05.1", "06.1", "07.1", "08.1", "09.1", "10.1"]);
  });

  it("serves the grids consolidation reads, only for the annexes filed", () => {
    const packed = packFigures(layout, new Map([["PL07", new Map([["01.1", new Dec(12)]])]]));
    const grids = packedGrids(layout, packed, ["PL07"]);
    expect(grids.size).toBe(1);
    expect(grids.get("PL01")).toBeUndefined();
    expect(grids.get("PL07")?.get("01.1")).toMatchObject({ status: "value", exact: true });
    expect([...grids.keys()]).toEqual(["PL07"]);
  });

  it("gives consolidation the same inputs as addends, counts as numbers and the rest as decimals", () => {
    const cells = new Map([
      ["01.1", new Dec(51425)],
      ["02.1", new Dec("12.5")],
      ["03.1", new Dec(0)],
      ["04.1", new Dec("90071992547409930")],
    ]);
    const packed = packFigures(layout, new Map([["PL04", cells]]));
    const addends = packedAddends(layout, packed, "PL04");
    const decimals = unpackAnnexInputs(layout, packed, "PL04");
    expect([...addends.keys()]).toEqual([...decimals.keys()]);
    expect(addends.get("01.1")).toBe(51425);
    expect(addends.get("03.1")).toBe(0);
    for (const key of ["02.1", "04.1"]) expect(String(addends.get(key))).toBe(decimals.get(key)?.toString());
    expect(typeof addends.get("04.1")).toBe("object");
    expect(packedAddends(layout, packed, "PL01").size).toBe(0);
  });
});
