import { describe, expect, it } from "vitest";
import { annexFigures } from "../submission/annex-figures.js";
import { VALID, check, en, findingsOf, submissionOf, vi, withCell, withCells, type Rows } from "./validate.test-support.js";

const PL04_VALID = VALID.PL04;

const pl04 = (rows: Rows) => findingsOf("PL04", rows);

describe("PL04 Tổ chức cơ sở đảng và đảng viên: arithmetic", () => {
  it("valid figures give no finding", () => {
    expect(pl04(PL04_VALID)).toEqual([]);
  });

  it("r05 ≤ r04", () => {
    const findings = pl04(withCell(PL04_VALID, "05", 1, 801));
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.compare",
        severity: "error",
        rule: "PL04.r05-le-r04",
        path: { annex: "PL04", row: "05", column: 1 },
        params: expect.objectContaining({ op: "<=", left: "801", right: "800" }),
      }),
    ]);
    expect(vi(findings[0])).toBe("PL04, mã số 05, cột (1): không thỏa mãn 05 ≤ 04: 05 = 801 lớn hơn 04 = 800.");
  });

  it("r05 = r04 holds", () => {
    expect(pl04(withCell(PL04_VALID, "05", 1, 800))).toEqual([]);
  });

  it("r06 = r07 + r08 + r09", () => {
    expect(pl04(withCell(PL04_VALID, "06", 1, 55))).toEqual([
      expect.objectContaining({
        code: "rule.sum",
        rule: "PL04.r06-sum",
        path: { annex: "PL04", row: "06", column: 1 },
        params: expect.objectContaining({ stated: "55", computed: "54", terms: ["30", "12", "12"], difference: "1" }),
      }),
    ]);
  });

  it("r09 = r10 + r11 (r06 checks against the stated r09)", () => {
    expect(pl04(withCell(PL04_VALID, "10", 1, 4))).toEqual([
      expect.objectContaining({
        code: "rule.sum",
        rule: "PL04.r09-sum",
        path: { annex: "PL04", row: "09", column: 1 },
        params: expect.objectContaining({ stated: "12", computed: "13", terms: ["4", "9"], difference: "-1" }),
      }),
    ]);
  });

  it("r03 ≤ r02", () => {
    expect(pl04(withCell(PL04_VALID, "03", 1, 100001))).toEqual([
      expect.objectContaining({
        code: "rule.compare",
        severity: "error",
        rule: "PL04.r03-le-r02",
        path: { annex: "PL04", row: "03", column: 1 },
        params: expect.objectContaining({ left: "100001", right: "100000" }),
      }),
    ]);
  });
});

describe("PL04 period over period: r01 and r02 changing by more than 10% warn", () => {
  const previousOf = (r01: number, r02: number) =>
    submissionOf([
      annexFigures(
        "PL04",
        withCells(PL04_VALID, [
          ["01", 1, r01],
          ["02", 1, r02],
        ]),
      ),
    ]);
  const withPrevious = (r01: number, r02: number, previousLabel?: string) =>
    check([annexFigures("PL04", PL04_VALID)], {
      previous: previousOf(r01, r02),
      ...(previousLabel === undefined ? {} : { previousLabel }),
    }).findings;

  it("a rise above 10% warns, with the change and the previous period", () => {
    // 900 now against 800 before: +12,5%.
    const findings = withPrevious(800, 100000, "năm 2021");
    expect(findings).toEqual([
      {
        code: "rule.change_limit",
        severity: "warning",
        rule: "PL04.change",
        path: { annex: "PL04", row: "01", column: 1 },
        params: { current: "900", previous: "800", change: "12.5", limit: 10, previousPeriod: "năm 2021" },
      },
    ]);
    expect(vi(findings[0])).toBe("PL04, mã số 01, cột (1): tăng 12,5% so với năm 2021 (800 → 900), vượt ngưỡng 10%; đề nghị kiểm tra lại.");
    expect(en(findings[0])).toBe("PL04, row 01, column (1): changed by 12.5% since năm 2021 (800 → 900), more than 10%.");
  });

  it("a fall above 10% warns as a fall", () => {
    // 100.000 now against 120.000 before: −16,7%.
    const findings = withPrevious(900, 120000);
    expect(findings).toEqual([
      expect.objectContaining({
        code: "rule.change_limit",
        path: { annex: "PL04", row: "02", column: 1 },
        params: { current: "100000", previous: "120000", change: "-16.7", limit: 10 },
      }),
    ]);
    expect(vi(findings[0])).toBe("PL04, mã số 02, cột (1): giảm 16,7% so với kỳ trước (120.000 → 100.000), vượt ngưỡng 10%; đề nghị kiểm tra lại.");
  });

  it("exactly 10% does not warn, either way", () => {
    // 880 against 800 is +10%; 900 against 1.000 is −10%.
    expect(check([annexFigures("PL04", withCell(PL04_VALID, "01", 1, 880))], { previous: previousOf(800, 100000) }).findings).toEqual([]);
    expect(withPrevious(1000, 100000)).toEqual([]);
  });

  it("just above 10% warns", () => {
    // 818 → 900 is +10,02%: one decimal would show 10,0 and contradict the limit, so two are shown.
    expect(withPrevious(818, 100000).map((f) => f.params.change)).toEqual(["10.02"]);
  });

  it("a previous value of 0 gives no percentage and is ignored", () => {
    expect(withPrevious(0, 100000)).toEqual([]);
  });

  it("without a previous submission nothing is compared", () => {
    expect(check([annexFigures("PL04", PL04_VALID)]).findings).toEqual([]);
  });
});

describe("PL04 national new-member rate 3–4% (national level, year report only)", () => {
  const rate = (r03: number) => withCell(PL04_VALID, "03", 1, r03);
  const national = (rows: Rows, periodKind: "H1" | "Y") => check([annexFigures("PL04", rows)], { level: "national", periodKind }).findings;

  it("below 3% warns at national level in the year report", () => {
    const findings = national(rate(2500), "Y");
    expect(findings).toEqual([
      {
        code: "rule.target_range",
        severity: "warning",
        rule: "PL04.new-member-rate",
        path: { annex: "PL04", row: "03", column: 1 },
        params: { indicator: "tỷ lệ kết nạp đảng viên mới", ratio: "2.50", direction: "below", min: 3, max: 4 },
      },
    ]);
    expect(vi(findings[0])).toBe("PL04, mã số 03, cột (1): tỷ lệ kết nạp đảng viên mới là 2,50%, ngoài khoảng mục tiêu 3–4%.");
    expect(en(findings[0])).toBe("PL04, row 03, column (1): tỷ lệ kết nạp đảng viên mới is 2.50%, below the target of 3%.");
  });

  it("above 4% warns as above", () => {
    expect(national(rate(4100), "Y").map((f) => [f.params.ratio, f.params.direction])).toEqual([["4.10", "above"]]);
  });

  it("3% and 4% exactly are within the target", () => {
    expect(national(rate(3000), "Y")).toEqual([]);
    expect(national(rate(4000), "Y")).toEqual([]);
  });

  it("is not checked in the half-year report nor on a unit's figures", () => {
    expect(national(rate(2500), "H1")).toEqual([]);
    expect(check([annexFigures("PL04", rate(2500))], { periodKind: "Y" }).findings).toEqual([]);
  });
});
