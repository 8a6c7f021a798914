import { catalogue2022, layoutAnnex } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { annexPlan } from "./annex-plan.js";

const catalogue = catalogue2022();
const plan = (code: string) => annexPlan(layoutAnnex(catalogue.annex(code)!, { unitName: "Tỉnh ủy Quảng Ngãi", periodLabel: "năm 2022" }));

describe("annexPlan", () => {
  it("reads PL01 as one rectangle with each cell's offset and role", () => {
    const p = plan("PL01");
    expect(p).toMatchObject({ code: "PL01", sheet: "PL01", range: "D10:J12" });
    expect(p.cells).toHaveLength(21);
    expect(p.cells.find((c) => c.key === "01.3")).toEqual({ key: "01.3", address: "F10", rowOffset: 0, columnOffset: 2, role: "derived" });
    expect(p.cells.find((c) => c.key === "03.2")).toMatchObject({ address: "E12", rowOffset: 2, columnOffset: 1, role: "input" });
  });

  it("spans both sections of PL03 in one range", () => {
    const p = plan("PL03");
    const rows = p.cells.map((c) => c.rowOffset);
    expect(Math.max(...rows)).toBeGreaterThan(5);
    expect(p.cells).toHaveLength(catalogue.annex("PL03")!.index.cells.length);
    expect(p.range).toMatch(/^D\d+:[D-F]\d+$/);
  });
});
