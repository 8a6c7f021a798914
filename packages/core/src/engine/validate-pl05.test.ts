import { describe, expect, it } from "vitest";
import { VALID as ALL, en, findingsOf, vi, withCell, withCells, type Rows } from "./validate.test-support.js";

const VALID = ALL.PL05;

const pl05 = (rows: Rows) => findingsOf("PL05", rows);

describe("PL05 Tiến độ đại hội chi bộ", () => {
  it("valid figures give no finding", () => {
    expect(pl05(VALID)).toEqual([]);
  });

  it("all congresses held: 100%", () => {
    expect(pl05({ "01": [900], "02": [900], "03": [0], "04": [100] })).toEqual([]);
  });

  it("r02 ≤ r01 (r03 = r01 − r02 then breaks too)", () => {
    const findings = pl05({ "01": [1200], "02": [1300], "03": [0], "04": [108.3] });
    expect(findings).toEqual([
      {
        code: "rule.compare",
        severity: "error",
        rule: "PL05.r02-le-r01",
        path: { annex: "PL05", row: "02", column: 1 },
        params: {
          formula: "02 ≤ 01",
          axis: "row",
          atColumn: 1,
          op: "<=",
          left: "1300",
          right: "1200",
          leftTerms: ["1300"],
          rightTerms: ["1200"],
          leftLines: ["02"],
          rightLines: ["01"],
        },
      },
      expect.objectContaining({ code: "rule.difference", rule: "PL05.r03-diff", path: { annex: "PL05", row: "03", column: 1 } }),
    ]);
    expect(vi(findings[0])).toBe("PL05, mã số 02, cột (1): không thỏa mãn 02 ≤ 01: 02 = 1.300 lớn hơn 01 = 1.200.");
  });

  it("r03 = r01 − r02", () => {
    const findings = pl05(withCell(VALID, "03", 1, 90));
    expect(findings).toEqual([
      {
        code: "rule.difference",
        severity: "error",
        rule: "PL05.r03-diff",
        path: { annex: "PL05", row: "03", column: 1 },
        params: {
          formula: "03 = 01 − 02",
          axis: "row",
          atColumn: 1,
          stated: "90",
          computed: "100",
          terms: ["1200", "1100"],
          difference: "-10",
          targetLine: "03",
          minuendLine: "01",
          subtrahendLines: ["02"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe("PL05, mã số 03, cột (1): hiệu không khớp (03 = 01 − 02): ghi 90, nhưng 01 − 02 = 1.200 − 1.100 = 100 (ghi thiếu 10).");
    expect(en(findings[0])).toBe(
      "PL05, row 03, column (1): difference does not match (03 = 01 − 02): states 90, but 01 − 02 = 1,200 − 1,100 = 100 (10 short).",
    );
  });

  it("r04 = r02/r01×100 (a percentage row in a count column)", () => {
    const findings = pl05(withCell(VALID, "04", 1, "91,6%"));
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.percentage",
        severity: "error",
        rule: "PL05.r04-pct",
        path: { annex: "PL05", row: "04", column: 1 },
        params: expect.objectContaining({
          formula: "04 = 02 / 01 × 100",
          axis: "row",
          stated: "91.6",
          decimals: 1,
          computed: "91.67",
          expected: "91.7",
          targetLine: "04",
          partLines: ["02"],
          wholeLines: ["01"],
        }),
      }),
    ]);
    expect(vi(findings[0])).toBe(
      "PL05, mã số 04, cột (1): tỷ lệ ghi 91,6% nhưng 02 / 01 × 100 = 1.100 / 1.200 × 100 = 91,67%, " + "làm tròn 1 chữ số thập phân là 91,7%.",
    );
  });

  it("the percentage row is read as a percentage, the count rows as counts", () => {
    expect(pl05(withCells(VALID, [["04", 1, "91,67"]]))).toEqual([]);
    expect(pl05(withCell(VALID, "03", 1, "100,5")).map((f) => f.code)).toEqual(["value.not_whole"]);
  });

  it("no branch at all: whole 0 with r04 empty or 0 passes, a stated rate does not", () => {
    expect(pl05({ "01": [0], "02": [0], "03": [0], "04": [null] })).toEqual([]);
    expect(pl05({ "01": [0], "02": [0], "03": [0], "04": [0] })).toEqual([]);
    const findings = pl05({ "01": [0], "02": [0], "03": [0], "04": [100] });
    expect(findings).toEqual([
      {
        code: "rule.percentage_whole_zero",
        severity: "error",
        rule: "PL05.r04-pct",
        path: { annex: "PL05", row: "04", column: 1 },
        params: {
          formula: "04 = 02 / 01 × 100",
          axis: "row",
          atColumn: 1,
          stated: "100",
          part: "0",
          whole: "0",
          partTerms: ["0"],
          targetLine: "04",
          partLines: ["02"],
          wholeLines: ["01"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe("PL05, mã số 04, cột (1): tỷ lệ ghi 100% nhưng mẫu số (mã số 01) bằng 0; hãy để trống hoặc ghi 0.");
    expect(en(findings[0])).toBe("PL05, row 04, column (1): stated 100% but the whole is 0; leave it empty or write 0.");
  });

  it("derived r03 and r04 left empty say what they should hold", () => {
    const findings = pl05(
      withCells(VALID, [
        ["03", 1, null],
        ["04", 1, null],
      ]),
    );
    expect(findings.map((f) => [f.code, f.path.row, f.params.expected])).toEqual([
      ["cell.derived_missing", "03", "100"],
      ["cell.derived_missing", "04", "91.7"],
    ]);
    expect(vi(findings[1])).toBe("PL05, mã số 04, cột (1): chưa có giá trị; theo công thức 04 = 02 / 01 × 100 phải là 91,7%.");
  });
});
