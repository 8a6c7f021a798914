import { catalogue2022, layoutAnnex } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { renderPlan } from "./render-plan.js";

const catalogue = catalogue2022();
const layout = layoutAnnex(catalogue.annex("PL01")!, { unitName: "Tỉnh ủy Quảng Ngãi", periodLabel: "năm 2022", cutOff: "05/12/2022" });
const plan = renderPlan(layout);
const at = (grid: string[][], address: string): string | undefined => {
  const m = /^([A-Z])(\d+)$/.exec(address);
  return grid[Number(m?.[2]) - 1]?.[(m?.[1] ?? "A").charCodeAt(0) - 65];
};

describe("renderPlan", () => {
  it("writes the whole form in one grid: formulas in derived cells, text as text", () => {
    expect(plan.area).toBe(`A1:J${Math.max(...layout.cells.map((c) => c.row + (c.rowSpan ?? 1) - 1))}`);
    expect(at(plan.formulas, "F10")).toBe('=IF(N(D10)=0,"",ROUND(E10/D10*100,1))');
    // Tagged Vietnamese, as in the xlsx templates.
    expect(at(plan.numberFormats, "F10")).toBe("[$-42A]0.0");
    expect(at(plan.numberFormats, "D10")).toBe("[$-42A]#,##0");
    expect(at(plan.formulas, "D10")).toBe("");
    // "(1)" and "01" would turn into -1 and 1 in a General cell.
    expect([at(plan.formulas, "D9"), at(plan.numberFormats, "D9")]).toEqual(["(1)", "@"]);
    expect([at(plan.formulas, "C10"), at(plan.numberFormats, "C10")]).toEqual(["01", "@"]);
    expect(at(plan.formulas, "A4")).toBe("PL01. QUY HOẠCH CÁN BỘ");
  });

  it("keeps the layout's merges, inputs, validation, print titles and sizes", () => {
    expect(plan.merges).toEqual(expect.arrayContaining(["A1:C1", "D1:J1", "A4:J4", "A8:A9"]));
    expect(plan.unlocked).toHaveLength(12);
    expect(plan.validations.map((v) => v.address)).toEqual(plan.unlocked);
    expect(plan.validations[0]?.rule).toMatchObject({ type: "whole", min: 0, promptTitle: "PL01 – mã số 01, cột (1)" });
    expect(plan.printTitleRows).toBe("$8:$9");
    expect(plan.rowHeights).toEqual(
      expect.arrayContaining([
        { row: 4, points: 36 },
        { row: 8, points: 48 },
      ]),
    );
    expect(plan.columnWidths[1]).toEqual({ column: "B", points: 255.75 });
    expect(plan.firstInput).toBe("D10");
  });

  it("boxes the table in few rectangles and styles each role once", () => {
    expect(plan.borders).toEqual(["A8:J12"]);
    const roles = plan.styles.map((s) => s.role);
    expect(new Set(roles).size).toBe(roles.length);
    expect(plan.styles.find((s) => s.role === "derived")?.addresses).toHaveLength(9);
    expect(plan.indents).toEqual([]);
  });
});
