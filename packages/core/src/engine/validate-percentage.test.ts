import { describe, expect, it } from "vitest";
import type { RawValue } from "../numbers/index.js";
import { annexFigures } from "../submission/annex-figures.js";
import { check, en, vi } from "./validate.test-support.js";

/**
 * PL01 row 01 with women (2) out of the total (1), the percentage in (3);
 * the other columns are kept valid (0 of the total).
 */
function women(total: number, part: number, stated: RawValue, numberFormat?: string) {
  const annex = annexFigures(
    "PL01",
    {
      "01": [total, part, stated, 0, 0, 0, 0],
      "02": [0, 0, null, 0, null, 0, null],
      "03": [0, 0, null, 0, null, 0, null],
    },
    numberFormat === undefined ? {} : { numberFormats: { "01.3": numberFormat } },
  );
  return check([annex]).findings;
}

const codes = (findings: ReturnType<typeof women>) => findings.map((f) => f.code);

describe("percentages: rounded half up to the decimals written", () => {
  it("960 / 4.113 = 23,34% is written 23,3", () => {
    expect(women(4113, 960, 23.3)).toEqual([]);
    expect(women(4113, 960, "23,34")).toEqual([]);
    expect(codes(women(4113, 960, 23.4))).toEqual(["rule.percentage"]);
  });

  it("a tie x,x5 rounds up: 49 / 400 = 12,25% is 12,3 at one decimal, not 12,2", () => {
    expect(women(400, 49, 12.3)).toEqual([]);
    expect(women(400, 49, "12,25")).toEqual([]);
    const findings = women(400, 49, 12.2);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.percentage",
        path: { annex: "PL01", row: "01", column: 3 },
        params: expect.objectContaining({ stated: "12.2", decimals: 1, computed: "12.25", expected: "12.3" }),
      }),
    ]);
    expect(vi(findings[0])).toBe(
      "PL01, mã số 01, cột (3): tỷ lệ ghi 12,2% nhưng (2) / (1) × 100 = 49 / 400 × 100 = 12,25%, làm tròn 1 chữ số thập phân là 12,3%.",
    );
  });

  it("a tie at two decimals: 3.299 / 4.000 = 82,475% is 82,48", () => {
    expect(women(4000, 3299, 82.48)).toEqual([]);
    expect(women(4000, 3299, 82.5)).toEqual([]);
    expect(women(4000, 3299, 82.47).map((f) => f.params.expected)).toEqual(["82.48"]);
  });

  it("written with 2 decimals: 3.865 / 4.686 = 82,48%", () => {
    expect(women(4686, 3865, 82.48)).toEqual([]);
    expect(women(4686, 3865, "82,48%")).toEqual([]);
    const findings = women(4686, 3865, 82.47);
    expect(findings.map((f) => f.params)).toEqual([expect.objectContaining({ stated: "82.47", decimals: 2, computed: "82.480", expected: "82.48" })]);
  });

  it("0% and 100%", () => {
    expect(women(250, 0, 0)).toEqual([]);
    expect(women(250, 0, "0,0")).toEqual([]);
    expect(women(250, 250, 100)).toEqual([]);
    expect(women(250, 250, "100,0%")).toEqual([]);
    expect(women(250, 249, "99,6")).toEqual([]);
    expect(codes(women(250, 249, "100,0"))).toEqual(["rule.percentage"]);
    // Written without decimals, 100 is read at the form's minimum of 1 decimal:
    // 100,0 for 99,6% is wrong, not "right at 0 decimals".
    const hundred = women(250, 249, 100);
    expect(hundred.map((f) => [f.code, f.severity, f.params.expected])).toEqual([["rule.percentage", "error", "99.6"]]);
    expect(vi(hundred[0])).toBe(
      "PL01, mã số 01, cột (3): tỷ lệ ghi 100% nhưng (2) / (1) × 100 = 249 / 250 × 100 = 99,60%, làm tròn 1 chữ số thập phân là 99,6%.",
    );
  });

  it("whole 0: empty or 0 is accepted, any other figure is an error", () => {
    expect(women(0, 0, null)).toEqual([]);
    expect(women(0, 0, 0)).toEqual([]);
    expect(women(0, 0, "0,0%")).toEqual([]);
    const findings = women(0, 0, 23.3);
    expect(findings).toEqual([
      {
        code: "rule.percentage_whole_zero",
        severity: "error",
        rule: "PL01.c3-pct",
        path: { annex: "PL01", row: "01", column: 3 },
        params: {
          formula: "(3) = (2) / (1) × 100",
          axis: "column",
          atRow: "01",
          stated: "23.3",
          part: "0",
          whole: "0",
          partTerms: ["0"],
          targetLine: "(3)",
          partLines: ["(2)"],
          wholeLines: ["(1)"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe("PL01, mã số 01, cột (3): tỷ lệ ghi 23,3% nhưng mẫu số (cột (1)) bằng 0; hãy để trống hoặc ghi 0.");
  });

  it("a fraction 0,233 shown with the format 0.0% is 23,3%", () => {
    expect(women(4113, 960, 0.233, "0.0%")).toEqual([]);
    expect(women(4113, 960, 0.23340627, "0.0%")).toEqual([]);
    const findings = women(4113, 960, 0.234, "0.0%");
    expect(findings.map((f) => [f.params.stated, f.params.expected])).toEqual([["23.4", "23.3"]]);
    // Without the percent format, 0,233 is 0,233%.
    expect(women(4113, 960, 0.233).map((f) => [f.code, f.params.stated])).toEqual([["rule.percentage", "0.233"]]);
  });

  it("text: 23,3% and 23,3 are read; 23.3 is ambiguous", () => {
    expect(women(4113, 960, "23,3%")).toEqual([]);
    expect(women(4113, 960, "23,3")).toEqual([]);
    expect(women(4113, 960, " 23,3 % ")).toEqual([]);
    const findings = women(4113, 960, "23.3");
    expect(findings).toEqual([
      {
        code: "value.ambiguous",
        severity: "error",
        path: { annex: "PL01", row: "01", column: 3 },
        params: { text: "23.3", kind: "percent" },
      },
    ]);
  });

  it("fewer decimals than the form asks for are checked at its minimum; more give a warning when the figure is right", () => {
    // 23 for 960 / 4.113 = 23,34%: read as 23,0 against 23,3.
    const short = women(4113, 960, 23);
    expect(short.map((f) => [f.code, f.params.stated, f.params.expected])).toEqual([["rule.percentage", "23", "23.3"]]);
    expect(vi(short[0])).toBe(
      "PL01, mã số 01, cột (3): tỷ lệ ghi 23% nhưng (2) / (1) × 100 = 960 / 4.113 × 100 = 23,34%, làm tròn 1 chữ số thập phân là 23,3%.",
    );
    const findings = women(4113, 960, "23,341");
    expect(findings).toEqual([
      {
        code: "rule.percentage_decimals",
        severity: "warning",
        rule: "PL01.c3-pct",
        path: { annex: "PL01", row: "01", column: 3 },
        params: {
          formula: "(3) = (2) / (1) × 100",
          axis: "column",
          atRow: "01",
          stated: "23.341",
          decimals: 3,
          min: 1,
          max: 2,
          targetLine: "(3)",
          partLines: ["(2)"],
          wholeLines: ["(1)"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe("PL01, mã số 01, cột (3): tỷ lệ 23,341% ghi 3 chữ số thập phân; mẫu quy định từ 1 đến 2 chữ số.");
    expect(en(findings[0])).toBe("PL01, row 01, column (3): 23.341% is written with 3 decimal(s); the form asks for 1 to 2.");
    // A whole percentage that is exact needs no decimals: 50 / 200 = 25%.
    expect(women(200, 50, 25)).toEqual([]);
  });

  it("a derived percentage left empty gives the expected value at the default decimals", () => {
    const findings = women(4113, 960, null);
    expect(findings).toEqual([
      {
        code: "cell.derived_missing",
        severity: "error",
        rule: "PL01.c3-pct",
        path: { annex: "PL01", row: "01", column: 3 },
        params: { formula: "(3) = (2) / (1) × 100", axis: "column", atRow: "01", expected: "23.3", targetLine: "(3)", partLines: ["(2)"], wholeLines: ["(1)"] },
      },
    ]);
    expect(vi(findings[0])).toBe("PL01, mã số 01, cột (3): chưa có giá trị; theo công thức (3) = (2) / (1) × 100 phải là 23,3%.");
    expect(en(findings[0])).toBe("PL01, row 01, column (3): empty; by (3) = (2) / (1) × 100 it should be 23.3%.");
  });

  it("a percentage with an empty operand is skipped; the operand is reported", () => {
    expect(women(4113, null as unknown as number, 23.3).map((f) => [f.code, f.path.column])).toEqual([["cell.required", 2]]);
  });
});
