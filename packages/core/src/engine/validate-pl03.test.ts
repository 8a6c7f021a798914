import { describe, expect, it } from "vitest";
import { VALID as ALL, en, findingsOf, vi, withCell, withCells, type Rows } from "./validate.test-support.js";

const VALID = ALL.PL03;

const pl03 = (rows: Rows) => findingsOf("PL03", rows);

describe("PL03 Đào tạo, bồi dưỡng cán bộ", () => {
  it("valid figures give no finding (82,48% for 3.865/4.686 as in the reports)", () => {
    expect(pl03(VALID)).toEqual([]);
  });

  it("section A has one column: no cell (2) or (3) is expected in rows 01–04", () => {
    expect(pl03(VALID).filter((f) => f.code === "cell.required")).toEqual([]);
  });

  it("r01 = r02 + r03 + r04 (section A)", () => {
    const findings = pl03(withCell(VALID, "04", 1, 990));
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.sum",
        severity: "error",
        rule: "PL03.r01-sum",
        path: { annex: "PL03", row: "01", column: 1 },
        params: expect.objectContaining({ stated: "1500", computed: "1490", terms: ["300", "200", "990"], difference: "10" }),
      }),
    ]);
    expect(vi(findings[0])).toBe(
      "PL03, mã số 01, cột (1): tổng không khớp (01 = 02 + 03 + 04): ghi 1.500, nhưng 02 + 03 + 04 = 300 + 200 + 990 = 1.490 (ghi thừa 10).",
    );
  });

  it("c3 = c2/c1×100 with 2 decimals (section B)", () => {
    const findings = pl03(withCell(VALID, "05", 3, 82.49));
    expect(findings).toEqual([
      {
        code: "rule.percentage",
        severity: "error",
        rule: "PL03.c3-pct",
        path: { annex: "PL03", row: "05", column: 3 },
        params: {
          formula: "(3) = (2) / (1) × 100",
          axis: "column",
          atRow: "05",
          stated: "82.49",
          decimals: 2,
          computed: "82.480",
          expected: "82.48",
          part: "3865",
          whole: "4686",
          partTerms: ["3865"],
          targetLine: "(3)",
          partLines: ["(2)"],
          wholeLines: ["(1)"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe(
      "PL03, mã số 05, cột (3): tỷ lệ ghi 82,49% nhưng (2) / (1) × 100 = 3.865 / 4.686 × 100 = 82,480%, " + "làm tròn 2 chữ số thập phân là 82,48%.",
    );
  });

  it("c2 > c1 (over plan) is allowed but is a warning", () => {
    const result = findingsOf(
      "PL03",
      withCells(VALID, [
        ["06", 2, 210],
        ["06", 3, "105,0"],
      ]),
    );
    expect(result).toEqual([
      {
        code: "rule.compare",
        severity: "warning",
        rule: "PL03.c2-le-c1",
        path: { annex: "PL03", row: "06", column: 2 },
        params: {
          formula: "(2) ≤ (1)",
          axis: "column",
          atRow: "06",
          op: "<=",
          left: "210",
          right: "200",
          leftTerms: ["210"],
          rightTerms: ["200"],
          leftLines: ["(2)"],
          rightLines: ["(1)"],
        },
      },
    ]);
    expect(vi(result[0])).toBe("PL03, mã số 06, cột (2): cần xem lại: (2) = 210 lớn hơn (1) = 200 (điều kiện (2) ≤ (1)).");
    expect(en(result[0])).toBe("PL03, row 06, column (2): check: (2) = 210 is greater than (1) = 200 (expected (2) ≤ (1)).");
  });

  it("exactly on plan gives no warning", () => {
    expect(
      pl03(
        withCells(VALID, [
          ["07", 2, 120],
          ["07", 3, "100,00"],
        ]),
      ),
    ).toEqual([]);
  });
});
