import { describe, expect, it } from "vitest";
import { loadCatalogue } from "../catalogue/load-catalogue.js";
import { annexFigures } from "../submission/annex-figures.js";
import { validate } from "./validate.js";

/** A test annex with a decimal column: figures written with one decimal stand for ±0,05. */
const catalogue = loadCatalogue({
  version: "test",
  annexes: [
    {
      code: "PL98",
      title: "Thử dung sai làm tròn",
      titleEn: "Rounding tolerance test",
      version: "test",
      periods: ["Y"],
      sections: [
        {
          columns: [
            { number: 1, header: "Diện tích (ha)", kind: "decimal", decimals: { min: 1, max: 1, default: 1 } },
            { number: 2, header: "Số người", kind: "count" },
          ],
          rows: [
            { code: "01", label: "Tổng" },
            { code: "02", label: "A", level: 1 },
            { code: "03", label: "B", level: 1 },
            { code: "04", label: "C", level: 1 },
          ],
        },
      ],
      rules: [
        { id: "PL98.r01-sum", kind: "sum", target: "r01", parts: ["r02", "r03", "r04"], derived: false },
        { id: "PL98.r02-le", kind: "compare", left: ["r02"], op: "<=", right: ["r01"] },
      ],
    },
  ],
});

const check = (rows: Record<string, (number | string)[]>) =>
  validate({ annexes: { PL98: annexFigures("PL98", rows) } }, catalogue, { requireDueAnnexes: false }).findings.map((f) => [f.code, f.path.row, f.path.column]);

describe("sums over rounded inputs (interval tolerance, as XBRL Calculations 1.1)", () => {
  it("accepts a total within the precision its parts were written with", () => {
    // 3,3 + 3,3 + 3,3 = 9,9 ± 0,15 covers 10,0 ± 0,05: three thirds of 10 ha rounded.
    expect(check({ "01": ["10,0", 30], "02": ["3,3", 10], "03": ["3,3", 10], "04": ["3,3", 10] })).toEqual([]);
  });

  it("rejects a total outside every value the written parts allow", () => {
    expect(check({ "01": ["10,3", 30], "02": ["3,3", 10], "03": ["3,3", 10], "04": ["3,3", 10] })).toEqual([["rule.sum", "01", 1]]);
  });

  it("keeps counts exact: whole numbers get no tolerance", () => {
    expect(check({ "01": ["10,0", 31], "02": ["3,3", 10], "03": ["3,3", 10], "04": ["3,3", 10] })).toEqual([["rule.sum", "01", 2]]);
  });

  it("applies the same tolerance to comparisons", () => {
    // 10,04 written as 10,0 may be above a part written 10,0 + 0,04: not a definite breach.
    expect(check({ "01": ["10,0", 30], "02": ["10,0", 10], "03": ["0,0", 10], "04": ["0,0", 10] })).toEqual([]);
    expect(check({ "01": ["10,0", 30], "02": ["10,3", 10], "03": ["0,0", 10], "04": ["0,0", 10] })).toEqual([
      ["rule.sum", "01", 1],
      ["rule.compare", "02", 1],
    ]);
  });
});
