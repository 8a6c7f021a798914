import { describe, expect, it } from "vitest";
import { VALID as ALL, en, findingsOf, vi, withCell, type Rows } from "./validate.test-support.js";

const VALID = ALL.PL06;

const pl06 = (rows: Rows) => findingsOf("PL06", rows, { periodKind: "Y" });

describe("PL06 Biên chế ngành Tổ chức xây dựng Đảng", () => {
  it("valid figures give no finding", () => {
    expect(pl06(VALID)).toEqual([]);
  });

  it("r02 + r03 + r04 + r05 ≤ r01", () => {
    const findings = pl06(withCell(VALID, "01", 1, 17));
    expect(findings).toEqual([
      {
        code: "rule.compare",
        severity: "error",
        rule: "PL06.leaders-le-r01",
        path: { annex: "PL06", row: "02", column: 1 },
        params: {
          formula: "02 + 03 + 04 + 05 ≤ 01",
          axis: "row",
          atColumn: 1,
          op: "<=",
          left: "18",
          right: "17",
          leftTerms: ["1", "3", "6", "8"],
          rightTerms: ["17"],
          leftLines: ["02", "03", "04", "05"],
          rightLines: ["01"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe("PL06, mã số 02, cột (1): không thỏa mãn 02 + 03 + 04 + 05 ≤ 01: 02 + 03 + 04 + 05 = 1 + 3 + 6 + 8 = 18 lớn hơn 01 = 17.");
    expect(en(findings[0])).toBe(
      "PL06, row 02, column (1): 02 + 03 + 04 + 05 ≤ 01 does not hold: 02 + 03 + 04 + 05 = 1 + 3 + 6 + 8 = 18 is greater than 01 = 17.",
    );
  });

  it("r07 + r08 ≤ r06", () => {
    expect(pl06(withCell(VALID, "06", 1, 44))).toEqual([
      expect.objectContaining({
        code: "rule.compare",
        rule: "PL06.leaders-le-r06",
        path: { annex: "PL06", row: "07", column: 1 },
        params: expect.objectContaining({ left: "45", right: "44", leftTerms: ["15", "30"] }),
      }),
    ]);
  });

  it("r02 ≤ 1: one head per provincial board; a vacancy is 0", () => {
    expect(pl06(withCell(VALID, "02", 1, 0))).toEqual([]);
    const findings = pl06(withCell(VALID, "02", 1, 2));
    expect(findings).toEqual([
      {
        code: "rule.compare",
        severity: "error",
        rule: "PL06.r02-le-1",
        path: { annex: "PL06", row: "02", column: 1 },
        params: {
          formula: "02 ≤ 1",
          axis: "row",
          atColumn: 1,
          op: "<=",
          left: "2",
          right: "1",
          leftTerms: ["2"],
          rightTerms: ["1"],
          constant: true,
          leftLines: ["02"],
          rightLines: [],
        },
      },
    ]);
    expect(vi(findings[0])).toBe("PL06, mã số 02, cột (1): không thỏa mãn 02 ≤ 1: 02 = 2 lớn hơn 1.");
    expect(en(findings[0])).toBe("PL06, row 02, column (1): 02 ≤ 1 does not hold: 02 = 2 is greater than 1.");
  });

  it("r02 ≤ 1 holds for one board, not for national totals", () => {
    const national = findingsOf("PL06", { ...VALID, "01": [3000], "02": [66] }, { periodKind: "Y", level: "national" });
    expect(national).toEqual([]);
  });

  it("r09 ≤ r01 + r06", () => {
    expect(pl06(withCell(VALID, "09", 1, 165))).toEqual([]);
    const findings = pl06(withCell(VALID, "09", 1, 166));
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.compare",
        rule: "PL06.r09-le-staff",
        path: { annex: "PL06", row: "09", column: 1 },
        params: expect.objectContaining({ left: "166", right: "165", rightTerms: ["45", "120"] }),
      }),
    ]);
    expect(vi(findings[0])).toBe("PL06, mã số 09, cột (1): không thỏa mãn 09 ≤ 01 + 06: 09 = 166 lớn hơn 01 + 06 = 45 + 120 = 165.");
  });
});
