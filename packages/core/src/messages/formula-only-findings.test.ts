import { describe, expect, it } from "vitest";
import type { Finding, FindingParam } from "../finding/finding.js";
import type { FindingCode } from "../finding/finding-code.js";
import { formatFinding } from "./format-finding.js";

const PART_KEYS = ["targetLine", "partLines", "minuendLine", "subtrahendLines", "leftLines", "rightLines", "wholeLines"];

const finding = (code: FindingCode, params: Record<string, FindingParam>, severity: Finding["severity"] = "error"): Finding => ({
  code,
  severity,
  path: { annex: "PL02", row: "01", column: 1 },
  params,
});

/** The same finding as a report written before the formula's parts were params: `formula` alone. */
const formulaOnly = (f: Finding): Finding => ({
  ...f,
  params: Object.fromEntries(Object.entries(f.params).filter(([key]) => !PART_KEYS.includes(key))),
});

const sum = finding("rule.sum", {
  formula: "01 = 02 + 09 + 10",
  axis: "row",
  atColumn: 1,
  stated: "2755",
  computed: "2754",
  terms: ["397", "1900", "457"],
  difference: "1",
  targetLine: "01",
  partLines: ["02", "09", "10"],
});
const difference = finding("rule.difference", {
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
});
const compare = finding("rule.compare", {
  formula: "02 + 03 ≤ 01",
  axis: "row",
  atColumn: 1,
  op: "<=",
  left: "30",
  right: "25",
  leftTerms: ["10", "20"],
  rightTerms: ["25"],
  leftLines: ["02", "03"],
  rightLines: ["01"],
});
const percentage = finding("rule.percentage", {
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
});
const wholeZero = finding("rule.percentage_whole_zero", {
  formula: "04 = 02 / 01 × 100",
  axis: "row",
  atColumn: 1,
  stated: "50",
  part: "0",
  whole: "0",
  partTerms: ["0"],
  targetLine: "04",
  partLines: ["02"],
  wholeLines: ["01"],
});
const derivedPercentage = finding("cell.derived_missing", {
  formula: "(3) = (2) / (1) × 100",
  axis: "column",
  atRow: "01",
  expected: "23.3",
  targetLine: "(3)",
  partLines: ["(2)"],
  wholeLines: ["(1)"],
});

const vi = (f: Finding) => formatFinding(f, { withoutLocation: true });
const en = (f: Finding) => formatFinding(f, { withoutLocation: true, locale: "en" });

describe("messages of line rule findings", () => {
  it("name the rows and columns from the formula's parts", () => {
    expect(vi(sum)).toBe("Tổng không khớp (01 = 02 + 09 + 10): ghi 2.755, nhưng 02 + 09 + 10 = 397 + 1.900 + 457 = 2.754 (ghi thừa 1).");
    expect(vi(difference)).toBe("Hiệu không khớp (03 = 01 − 02): ghi 90, nhưng 01 − 02 = 1.200 − 1.100 = 100 (ghi thiếu 10).");
    expect(vi(compare)).toBe("Không thỏa mãn 02 + 03 ≤ 01: 02 + 03 = 10 + 20 = 30 lớn hơn 01 = 25.");
    expect(vi({ ...compare, severity: "warning" })).toBe("Cần xem lại: 02 + 03 = 10 + 20 = 30 lớn hơn 01 = 25 (điều kiện 02 + 03 ≤ 01).");
    expect(vi(percentage)).toBe(
      "Tỷ lệ ghi 45,6% nhưng (2) / (1) × 100 = 1.234 / 2.750 × 100 = 44,87%, làm tròn 1 chữ số thập phân là 44,9%.",
    );
    expect(vi(wholeZero)).toBe("Tỷ lệ ghi 50% nhưng mẫu số (mã số 01) bằng 0; hãy để trống hoặc ghi 0.");
    expect(vi(derivedPercentage)).toBe("Chưa có giá trị; theo công thức (3) = (2) / (1) × 100 phải là 23,3%.");
    expect(en(sum)).toBe("Total does not add up (01 = 02 + 09 + 10): states 2,755, but 02 + 09 + 10 = 397 + 1,900 + 457 = 2,754 (1 over).");
    expect(en(percentage)).toBe(
      "Stated 45.6% but (2) / (1) × 100 = 1,234 / 2,750 × 100 = 44.87%, which rounds to 44.9% at 1 decimal(s).",
    );
  });

  it("given `formula` alone (a report of an older version, a finding built by hand), state the figures without naming the lines", () => {
    expect(vi(formulaOnly(sum))).toBe("Tổng không khớp (01 = 02 + 09 + 10): ghi 2.755, nhưng 397 + 1.900 + 457 = 2.754 (ghi thừa 1).");
    expect(vi(formulaOnly(difference))).toBe("Hiệu không khớp (03 = 01 − 02): ghi 90, nhưng 1.200 − 1.100 = 100 (ghi thiếu 10).");
    expect(vi(formulaOnly(compare))).toBe("Không thỏa mãn 02 + 03 ≤ 01: 10 + 20 = 30 lớn hơn 25.");
    expect(vi(formulaOnly({ ...compare, severity: "warning" }))).toBe("Cần xem lại: 10 + 20 = 30 lớn hơn 25 (điều kiện 02 + 03 ≤ 01).");
    expect(vi(formulaOnly(percentage))).toBe(
      "Tỷ lệ ghi 45,6% nhưng theo công thức (3) = (2) / (1) × 100 thì 1.234 / 2.750 × 100 = 44,87%, làm tròn 1 chữ số thập phân là 44,9%.",
    );
    expect(vi(formulaOnly(wholeZero))).toBe("Tỷ lệ ghi 50% nhưng mẫu số bằng 0; hãy để trống hoặc ghi 0.");
    expect(vi(formulaOnly(derivedPercentage))).toBe("Chưa có giá trị; theo công thức (3) = (2) / (1) × 100 phải là 23,3.");
    expect(en(formulaOnly(sum))).toBe("Total does not add up (01 = 02 + 09 + 10): states 2,755, but 397 + 1,900 + 457 = 2,754 (1 over).");
    expect(en(formulaOnly(percentage))).toBe(
      "Stated 45.6% but by (3) = (2) / (1) × 100, 1,234 / 2,750 × 100 = 44.87%, which rounds to 44.9% at 1 decimal(s).",
    );
  });
});
