import { describe, expect, it } from "vitest";
import { VALID as ALL, en, findingsOf, vi, withCell, withCells, type Rows } from "./validate.test-support.js";

const VALID = ALL.PL02;

const pl02 = (rows: Rows) => findingsOf("PL02", rows);

describe("PL02 Luân chuyển, bổ nhiệm, giới thiệu ứng cử", () => {
  it("valid figures give no finding", () => {
    expect(pl02(VALID)).toEqual([]);
  });

  it("counts written as Vietnamese text are read: 2.754, 08", () => {
    expect(
      pl02(
        withCells(VALID, [
          ["01", 1, "2.754"],
          ["03", 1, "012"],
          ["17", 1, "01"],
        ]),
      ),
    ).toEqual([]);
  });

  it("r01 = r02 + r09 + r10", () => {
    const findings = pl02(withCell(VALID, "01", 1, 2755));
    expect(findings).toEqual([
      {
        code: "rule.sum",
        severity: "error",
        rule: "PL02.r01-sum",
        path: { annex: "PL02", row: "01", column: 1 },
        params: {
          formula: "01 = 02 + 09 + 10",
          axis: "row",
          atColumn: 1,
          stated: "2755",
          computed: "2754",
          terms: ["397", "1900", "457"],
          difference: "1",
          targetLine: "01",
          partLines: ["02", "09", "10"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe(
      "PL02, mã số 01, cột (1): tổng không khớp (01 = 02 + 09 + 10): ghi 2.755, " + "nhưng 02 + 09 + 10 = 397 + 1.900 + 457 = 2.754 (ghi thừa 1).",
    );
    expect(en(findings[0])).toBe(
      "PL02, row 01, column (1): total does not add up (01 = 02 + 09 + 10): states 2,755, " + "but 02 + 09 + 10 = 397 + 1,900 + 457 = 2,754 (1 over).",
    );
  });

  it("r02 = r03 + … + r08: a total below its parts is short", () => {
    const findings = pl02(withCell(VALID, "08", 1, 45));
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.sum",
        rule: "PL02.r02-sum",
        path: { annex: "PL02", row: "02", column: 1 },
        params: expect.objectContaining({
          stated: "397",
          computed: "407",
          terms: ["12", "85", "60", "110", "95", "45"],
          difference: "-10",
        }),
      }),
    ]);
    expect(vi(findings[0])).toBe(
      "PL02, mã số 02, cột (1): tổng không khớp (02 = 03 + 04 + 05 + 06 + 07 + 08): ghi 397, " +
        "nhưng 03 + 04 + 05 + 06 + 07 + 08 = 12 + 85 + 60 + 110 + 95 + 45 = 407 (ghi thiếu 10).",
    );
  });

  it("r13 = r14 + … + r17", () => {
    expect(pl02(withCell(VALID, "13", 1, 3))).toEqual([
      expect.objectContaining({
        code: "rule.sum",
        severity: "error",
        rule: "PL02.r13-sum",
        path: { annex: "PL02", row: "13", column: 1 },
        params: expect.objectContaining({ stated: "3", computed: "4", terms: ["1", "0", "2", "1"], difference: "-1" }),
      }),
    ]);
  });

  it("a wrong part breaks both totals above it, each reported once", () => {
    // r02 states 397 but its parts make 398; r01 still adds up with the stated r02.
    const findings = pl02(withCell(VALID, "03", 1, 13));
    expect(findings.map((f) => [f.rule, f.path.row])).toEqual([["PL02.r02-sum", "02"]]);
    // Correct r02 but not r01: now r01 is off.
    const both = pl02(
      withCells(VALID, [
        ["03", 1, 13],
        ["02", 1, 398],
      ]),
    );
    expect(both.map((f) => [f.rule, f.path.row, f.params.difference])).toEqual([["PL02.r01-sum", "01", "-1"]]);
  });

  it("a derived total left empty says what it should hold", () => {
    const findings = pl02(withCell(VALID, "02", 1, null));
    expect(findings).toEqual([
      {
        code: "cell.derived_missing",
        severity: "error",
        rule: "PL02.r02-sum",
        path: { annex: "PL02", row: "02", column: 1 },
        params: {
          formula: "02 = 03 + 04 + 05 + 06 + 07 + 08",
          axis: "row",
          atColumn: 1,
          expected: "397",
          targetLine: "02",
          partLines: ["03", "04", "05", "06", "07", "08"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe("PL02, mã số 02, cột (1): chưa có giá trị; theo công thức 02 = 03 + 04 + 05 + 06 + 07 + 08 phải là 397.");
  });

  it("a sum with an empty required part is skipped; the empty cell is reported", () => {
    const findings = pl02(withCell(VALID, "05", 1, null));
    expect(findings).toEqual([{ code: "cell.required", severity: "error", path: { annex: "PL02", row: "05", column: 1 }, params: {} }]);
    expect(vi(findings[0])).toBe("PL02, mã số 05, cột (1): chưa nhập số liệu; ô này bắt buộc (nếu không có thì ghi 0).");
  });

  it("a sum with an unreadable part is skipped; the cell is reported", () => {
    const findings = pl02(withCell(VALID, "09", 1, "1 900,5"));
    expect(findings).toEqual([
      {
        code: "value.not_whole",
        severity: "error",
        path: { annex: "PL02", row: "09", column: 1 },
        params: { text: "1 900,5", value: "1900.5", kind: "count" },
      },
    ]);
  });
});
