import { describe, expect, it } from "vitest";
import { VALID as ALL, en, findingsOf, vi, withCells, type Rows } from "./validate.test-support.js";

const VALID = ALL.PL01;

const pl01 = (rows: Rows) => findingsOf("PL01", rows);

describe("PL01 Quy hoạch cán bộ", () => {
  it("valid figures give no finding", () => {
    expect(pl01(VALID)).toEqual([]);
  });

  it("the percentages may be written with 2 decimals or as text", () => {
    const rows = withCells(VALID, [
      ["01", 3, 23.34],
      ["02", 5, "12,40"],
      ["03", 7, "8,2%"],
    ]);
    expect(pl01(rows)).toEqual([]);
  });

  it("c2 ≤ c1: more women than the total", () => {
    const findings = pl01(
      withCells(VALID, [
        ["03", 2, 250],
        ["03", 3, "102,0"],
      ]),
    );
    expect(findings).toEqual([
      {
        code: "rule.compare",
        severity: "error",
        rule: "PL01.c2-le-c1",
        path: { annex: "PL01", row: "03", column: 2 },
        params: {
          formula: "(2) ≤ (1)",
          axis: "column",
          atRow: "03",
          op: "<=",
          left: "250",
          right: "245",
          leftTerms: ["250"],
          rightTerms: ["245"],
          leftLines: ["(2)"],
          rightLines: ["(1)"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe("PL01, mã số 03, cột (2): không thỏa mãn (2) ≤ (1): (2) = 250 lớn hơn (1) = 245.");
    expect(en(findings[0])).toBe("PL01, row 03, column (2): (2) ≤ (1) does not hold: (2) = 250 is greater than (1) = 245.");
  });

  it("c4 ≤ c1: more young cadres than the total", () => {
    const findings = pl01(
      withCells(VALID, [
        ["02", 4, 1211],
        ["02", 5, "100,1"],
      ]),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.compare",
        rule: "PL01.c4-le-c1",
        path: { annex: "PL01", row: "02", column: 4 },
        params: expect.objectContaining({ op: "<=", left: "1211", right: "1210" }),
      }),
    ]);
  });

  it("c6 ≤ c1: more minority cadres than the total", () => {
    const findings = pl01(
      withCells(VALID, [
        ["01", 6, 5000],
        ["01", 7, "121,6"],
      ]),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.compare",
        severity: "error",
        rule: "PL01.c6-le-c1",
        path: { annex: "PL01", row: "01", column: 6 },
        params: expect.objectContaining({ left: "5000", right: "4113" }),
      }),
    ]);
    expect(vi(findings[0])).toBe("PL01, mã số 01, cột (6): không thỏa mãn (6) ≤ (1): (6) = 5.000 lớn hơn (1) = 4.113.");
  });

  it("c3 = c2/c1×100: the domain example 45,6% for 1.234 / 2.750", () => {
    const rows = { ...VALID, "01": [2750, 1234, "45,6", 500, 18.2, 300, 10.9] };
    const findings = pl01(rows);
    expect(findings).toEqual([
      {
        code: "rule.percentage",
        severity: "error",
        rule: "PL01.c3-pct",
        path: { annex: "PL01", row: "01", column: 3 },
        params: {
          formula: "(3) = (2) / (1) × 100",
          axis: "column",
          atRow: "01",
          stated: "45.6",
          decimals: 1,
          computed: "44.87",
          expected: "44.9",
          part: "1234",
          whole: "2750",
          partTerms: ["1234"],
          targetLine: "(3)",
          partLines: ["(2)"],
          wholeLines: ["(1)"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe(
      "PL01, mã số 01, cột (3): tỷ lệ ghi 45,6% nhưng (2) / (1) × 100 = 1.234 / 2.750 × 100 = 44,87%, " + "làm tròn 1 chữ số thập phân là 44,9%.",
    );
    expect(en(findings[0])).toBe(
      "PL01, row 01, column (3): stated 45.6% but (2) / (1) × 100 = 1,234 / 2,750 × 100 = 44.87%, " + "which rounds to 44.9% at 1 decimal(s).",
    );
  });

  it("c5 = c4/c1×100", () => {
    const findings = pl01(withCells(VALID, [["02", 5, 12.5]]));
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.percentage",
        rule: "PL01.c5-pct",
        path: { annex: "PL01", row: "02", column: 5 },
        params: expect.objectContaining({ stated: "12.5", computed: "12.40", expected: "12.4", part: "150", whole: "1210" }),
      }),
    ]);
  });

  it("c7 = c6/c1×100", () => {
    const findings = pl01(withCells(VALID, [["03", 7, 8.1]]));
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.percentage",
        rule: "PL01.c7-pct",
        path: { annex: "PL01", row: "03", column: 7 },
        params: expect.objectContaining({ stated: "8.1", computed: "8.16", expected: "8.2" }),
      }),
    ]);
  });

  it("r03 ≤ r02 in c1", () => {
    const rows = { ...VALID, "03": [1300, 60, 4.6, 40, 3.1, 20, 1.5] };
    const findings = pl01(rows);
    expect(findings).toEqual([
      {
        code: "rule.compare",
        severity: "error",
        rule: "PL01.r03-le-r02",
        path: { annex: "PL01", row: "03", column: 1 },
        params: {
          formula: "03 ≤ 02",
          axis: "row",
          atColumn: 1,
          op: "<=",
          left: "1300",
          right: "1210",
          leftTerms: ["1300"],
          rightTerms: ["1210"],
          leftLines: ["03"],
          rightLines: ["02"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe("PL01, mã số 03, cột (1): không thỏa mãn 03 ≤ 02: 03 = 1.300 lớn hơn 02 = 1.210.");
  });

  it("r02 ≤ r01 in c1", () => {
    const rows = { ...VALID, "02": [4200, 300, 7.1, 150, 3.6, 100, 2.4] };
    expect(pl01(rows)).toEqual([
      expect.objectContaining({
        code: "rule.compare",
        rule: "PL01.r02-le-r01",
        path: { annex: "PL01", row: "02", column: 1 },
        params: expect.objectContaining({ left: "4200", right: "4113" }),
      }),
    ]);
  });

  it("r03 ≤ r02 ≤ r01 is checked in column (1) only", () => {
    // Row 03 has more women than row 02: allowed, the rule is on totals.
    const rows = withCells(VALID, [
      ["02", 2, 50],
      ["02", 3, 4.1],
    ]);
    expect(pl01(rows)).toEqual([]);
  });
});
