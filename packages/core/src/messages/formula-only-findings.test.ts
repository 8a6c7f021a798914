import { describe, expect, it } from "vitest";
import { VALID, findingsOf, withCell, withCells } from "../engine/validate.test-support.js";
import type { Finding } from "../finding/finding.js";
import { formatFinding } from "./format-finding.js";

const PART_KEYS = new Set(["targetLine", "partLines", "minuendLine", "subtrahendLines", "leftLines", "rightLines", "wholeLines"]);

/** The same finding as a report written before the formula's parts were params carries it: `formula` alone. */
const formulaOnly = (f: Finding | undefined): Finding => {
  if (!f) throw new Error("no finding");
  return { ...f, params: Object.fromEntries(Object.entries(f.params).filter(([key]) => !PART_KEYS.has(key))) };
};

const first = (code: string, found: Finding[]) => found.find((f) => f.code === code);
const sum = first("rule.sum", findingsOf("PL02", withCell(VALID.PL02, "01", 1, 2755)));
const difference = first("rule.difference", findingsOf("PL05", withCell(VALID.PL05, "03", 1, 90)));
const compare = first("rule.compare", findingsOf("PL06", withCell(VALID.PL06, "01", 1, 17), { periodKind: "Y" }));
const percentage = first("rule.percentage", findingsOf("PL05", withCell(VALID.PL05, "04", 1, "91,6%")));
const wholeZero = first("rule.percentage_whole_zero", findingsOf("PL05", { "01": [0], "02": [0], "03": [0], "04": [100] }));
const derived = findingsOf(
  "PL05",
  withCells(VALID.PL05, [
    ["03", 1, null],
    ["04", 1, null],
  ]),
).filter((f) => f.code === "cell.derived_missing");

const vi = (f: Finding) => formatFinding(f, { withoutLocation: true });
const en = (f: Finding) => formatFinding(f, { withoutLocation: true, locale: "en" });

describe("a line rule finding with `formula` alone (a report of an older version, a finding built by hand)", () => {
  it("states the figures without naming the lines, which only the formula's parts give", () => {
    expect(vi(formulaOnly(sum))).toBe("Tổng không khớp (01 = 02 + 09 + 10): ghi 2.755, nhưng 397 + 1.900 + 457 = 2.754 (ghi thừa 1).");
    expect(vi(formulaOnly(difference))).toBe("Hiệu không khớp (03 = 01 − 02): ghi 90, nhưng 1.200 − 1.100 = 100 (ghi thiếu 10).");
    expect(vi(formulaOnly(compare))).toBe("Không thỏa mãn 02 + 03 + 04 + 05 ≤ 01: 1 + 3 + 6 + 8 = 18 lớn hơn 17.");
    expect(vi({ ...formulaOnly(compare), severity: "warning" })).toBe("Cần xem lại: 1 + 3 + 6 + 8 = 18 lớn hơn 17 (điều kiện 02 + 03 + 04 + 05 ≤ 01).");
    expect(vi(formulaOnly(percentage))).toBe(
      "Tỷ lệ ghi 91,6% nhưng theo công thức 04 = 02 / 01 × 100 thì 1.100 / 1.200 × 100 = 91,67%, làm tròn 1 chữ số thập phân là 91,7%.",
    );
    expect(vi(formulaOnly(wholeZero))).toBe("Tỷ lệ ghi 100% nhưng mẫu số bằng 0; hãy để trống hoặc ghi 0.");
    // Without its parts a derived percentage is not known as one: its value is given without %.
    expect(derived.map((f) => vi(formulaOnly(f)))).toEqual([
      "Chưa có giá trị; theo công thức 03 = 01 − 02 phải là 100.",
      "Chưa có giá trị; theo công thức 04 = 02 / 01 × 100 phải là 91,7.",
    ]);
    expect(en(formulaOnly(sum))).toBe("Total does not add up (01 = 02 + 09 + 10): states 2,755, but 397 + 1,900 + 457 = 2,754 (1 over).");
    expect(en(formulaOnly(percentage))).toBe("Stated 91.6% but by 04 = 02 / 01 × 100, 1,100 / 1,200 × 100 = 91.67%, which rounds to 91.7% at 1 decimal(s).");
  });

  it("reads as the current finding once the parts are there", () => {
    expect(vi(sum!)).toBe("Tổng không khớp (01 = 02 + 09 + 10): ghi 2.755, nhưng 02 + 09 + 10 = 397 + 1.900 + 457 = 2.754 (ghi thừa 1).");
    expect(vi(compare!)).toBe("Không thỏa mãn 02 + 03 + 04 + 05 ≤ 01: 02 + 03 + 04 + 05 = 1 + 3 + 6 + 8 = 18 lớn hơn 01 = 17.");
    expect(derived.map(vi)).toEqual([
      "Chưa có giá trị; theo công thức 03 = 01 − 02 phải là 100.",
      "Chưa có giá trị; theo công thức 04 = 02 / 01 × 100 phải là 91,7%.",
    ]);
  });
});
