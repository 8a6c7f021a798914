import { describe, expect, it } from "vitest";
import { VALID as ALL, en, findingsOf, vi, withCell, withCells, type Rows } from "./validate.test-support.js";

const VALID = ALL.PL08;

const pl08 = (rows: Rows) => findingsOf("PL08", rows, { periodKind: "Y", unitKind: "province" });

describe("PL08 Đảng đoàn, ban cán sự đảng cấp tỉnh", () => {
  it("valid figures give no finding", () => {
    expect(pl08(VALID)).toEqual([]);
  });

  it("r03 = r04 + r05 + r06", () => {
    const findings = pl08(withCell(VALID, "03", 1, 160));
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.sum",
        severity: "error",
        rule: "PL08.r03-sum",
        path: { annex: "PL08", row: "03", column: 1 },
        params: expect.objectContaining({ stated: "160", computed: "158", terms: ["23", "35", "100"], difference: "2" }),
      }),
    ]);
    expect(vi(findings[0])).toBe(
      "PL08, mã số 03, cột (1): tổng không khớp (03 = 04 + 05 + 06): ghi 160, nhưng 04 + 05 + 06 = 23 + 35 + 100 = 158 (ghi thừa 2).",
    );
  });

  it("r04 = r01 + r02: each body has one secretary", () => {
    const findings = pl08(
      withCells(VALID, [
        ["04", 1, 22],
        ["03", 1, 157],
      ]),
    );
    expect(findings).toEqual([
      {
        code: "rule.compare",
        severity: "error",
        rule: "PL08.r04-eq-bodies",
        path: { annex: "PL08", row: "04", column: 1 },
        params: {
          formula: "04 = 01 + 02",
          axis: "row",
          atColumn: 1,
          op: "=",
          left: "22",
          right: "23",
          leftTerms: ["22"],
          rightTerms: ["18", "5"],
          leftLines: ["04"],
          rightLines: ["01", "02"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe("PL08, mã số 04, cột (1): không thỏa mãn 04 = 01 + 02: 04 = 22 khác 01 + 02 = 18 + 5 = 23.");
    expect(en(findings[0])).toBe("PL08, row 04, column (1): 04 = 01 + 02 does not hold: 04 = 22 differs from 01 + 02 = 18 + 5 = 23.");
  });

  it("r07 ≤ r01 + r02", () => {
    expect(pl08(withCell(VALID, "07", 1, 23))).toEqual([]);
    expect(pl08(withCell(VALID, "07", 1, 24))).toEqual([
      expect.objectContaining({
        code: "rule.compare",
        rule: "PL08.r07-le-bodies",
        path: { annex: "PL08", row: "07", column: 1 },
        params: expect.objectContaining({ op: "<=", left: "24", right: "23" }),
      }),
    ]);
  });
});
