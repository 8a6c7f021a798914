import { describe, expect, it } from "vitest";
import { catalogue2022 } from "../catalogue/builtin-catalogues.js";
import type { AnnexInput } from "../annex/annex-schema.js";
import { loadAnnex } from "../annex/load-annex.js";
import { Dec, type Decimal } from "../numbers/index.js";
import { computeDerived, type DerivedFigure } from "./compute-derived.js";

const catalogue = catalogue2022();

function annex(code: string) {
  const found = catalogue.annex(code);
  if (!found) throw new Error(code);
  return found;
}

function inputs(figures: Record<string, number>): Map<string, Decimal> {
  return new Map(Object.entries(figures).map(([k, v]) => [k, new Dec(v)]));
}

/** The figures as plain strings for comparison; null stays null. */
function plain(values: ReadonlyMap<string, DerivedFigure>): Record<string, string | null> {
  return Object.fromEntries([...values].map(([k, v]) => [k, v === null ? null : v.toFixed()]));
}

/** A one-column annex of counts with the rows and rules given. */
function testAnnex(code: string, rows: AnnexInput["sections"][number]["rows"], rules: AnnexInput["rules"]) {
  return loadAnnex({
    code,
    title: "Thử",
    titleEn: "Test",
    version: "t",
    periods: ["Y"],
    sections: [{ columns: [{ number: 1, header: "Số", kind: "count" }], rows }],
    rules,
  });
}

describe("computeDerived", () => {
  it("PL02: fills row 02 from its parts, then row 01 from row 02, and row 13", () => {
    const values = computeDerived(
      annex("PL02"),
      inputs({
        "03.1": 12,
        "04.1": 85,
        "05.1": 60,
        "06.1": 110,
        "07.1": 95,
        "08.1": 35,
        "09.1": 1900,
        "10.1": 457,
        "11.1": 6,
        "12.1": 3,
        "14.1": 1,
        "15.1": 0,
        "16.1": 2,
        "17.1": 1,
      }),
    );
    expect(plain(values)).toMatchObject({ "02.1": "397", "01.1": "2754", "13.1": "4" });
    expect(values.size).toBe(17);
  });

  it("PL02: an empty part leaves its totals empty, other totals are still filled", () => {
    const values = computeDerived(
      annex("PL02"),
      inputs({ "03.1": 1, "04.1": 2, "05.1": 3, "06.1": 4, "07.1": 5, "09.1": 10, "10.1": 20, "14.1": 1, "15.1": 1, "16.1": 1, "17.1": 1 }),
    );
    expect(values.has("02.1")).toBe(false);
    expect(values.has("01.1")).toBe(false);
    expect(values.get("13.1")?.toFixed()).toBe("4");
  });

  it("PL05: the difference r03 and the percentage r04 (1 decimal, half up)", () => {
    const values = plain(computeDerived(annex("PL05"), inputs({ "01.1": 1200, "02.1": 1100 })));
    expect(values).toEqual({ "01.1": "1200", "02.1": "1100", "03.1": "100", "04.1": "91.7" });
    expect(plain(computeDerived(annex("PL05"), inputs({ "01.1": 400, "02.1": 49 })))["04.1"]).toBe("12.3");
  });

  it("PL09: c1 from its parts, then c6 from c1 — percentages computed from counts, never averaged", () => {
    const values = plain(
      computeDerived(
        annex("PL09"),
        inputs({
          "01.2": 150,
          "01.3": 620,
          "01.4": 75,
          "01.5": 5,
          "02.2": 16000,
          "02.3": 70000,
          "02.4": 8500,
          "02.5": 500,
        }),
      ),
    );
    expect(values).toMatchObject({ "01.1": "850", "01.6": "90.6", "02.1": "95000", "02.6": "90.5" });
  });

  it("a whole of 0 gives a percentage of null, not 0 and not an error", () => {
    const values = computeDerived(annex("PL09"), inputs({ "01.2": 0, "01.3": 0, "01.4": 0, "01.5": 0, "02.2": 1, "02.3": 2, "02.4": 3, "02.5": 0 }));
    expect(values.get("01.1")?.toFixed()).toBe("0");
    expect(values.get("01.6")).toBeNull();
    expect(values.get("02.6")?.toFixed()).toBe("50");
    expect(computeDerived(annex("PL05"), inputs({ "01.1": 0, "02.1": 0 })).get("04.1")).toBeNull();
  });

  it("PL03: percentages use the cell's default decimals (2 in section B)", () => {
    const values = computeDerived(
      annex("PL03"),
      inputs({ "02.1": 1, "03.1": 2, "04.1": 3, "05.1": 4686, "05.2": 3865, "06.1": 3, "06.2": 2, "07.1": 0, "07.2": 0 }),
    );
    expect(plain(values)).toMatchObject({ "01.1": "6", "05.3": "82.48", "06.3": "66.67", "07.3": null });
  });

  it("a stated derived figure is replaced by the computed one", () => {
    const values = computeDerived(annex("PL05"), inputs({ "01.1": 10, "02.1": 4, "03.1": 99 }));
    expect(values.get("03.1")?.toFixed()).toBe("6");
  });

  it("an optional empty input counts as 0", () => {
    const custom = testAnnex(
      "PL90",
      [
        { code: "01", label: "Tổng" },
        { code: "02", label: "A" },
        { code: "03", label: "B", optional: true },
      ],
      [{ id: "PL90.r01-sum", kind: "sum", target: "r01", parts: ["r02", "r03"], derived: true }],
    );
    expect(plain(computeDerived(custom, inputs({ "02.1": 7 })))).toEqual({ "02.1": "7", "03.1": "0", "01.1": "7" });
  });

  it("formulas that read each other are left empty; the rest is filled", () => {
    const custom = testAnnex(
      "PL91",
      ["01", "02", "03", "04", "05"].map((code) => ({ code, label: `Dòng ${code}` })),
      [
        { id: "PL91.r01-sum", kind: "sum", target: "r01", parts: ["r02", "r03"], derived: true },
        { id: "PL91.r02-sum", kind: "sum", target: "r02", parts: ["r01", "r03"], derived: true },
        { id: "PL91.r04-sum", kind: "sum", target: "r04", parts: ["r03", "r05"], derived: true },
      ],
    );
    expect(plain(computeDerived(custom, inputs({ "03.1": 2, "05.1": 3 })))).toEqual({ "03.1": "2", "05.1": "3", "04.1": "5" });
  });
});
