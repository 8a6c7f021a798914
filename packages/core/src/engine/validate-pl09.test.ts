import { describe, expect, it } from "vitest";
import { annexFigures } from "../submission/annex-figures.js";
import { VALID as ALL, check, en, findingsOf, validAnnex, vi, withCell, withCells, type Rows } from "./validate.test-support.js";

const VALID = ALL.PL09;

const pl09 = (rows: Rows) => findingsOf("PL09", rows, { periodKind: "Y" });

describe("PL09 Kết quả đánh giá, xếp loại chất lượng", () => {
  it("valid figures give no finding", () => {
    expect(pl09(VALID)).toEqual([]);
  });

  it("c1 = c2 + c3 + c4 + c5 (column rule, in each row)", () => {
    const findings = pl09(
      withCells(VALID, [
        ["01", 1, 851],
        ["01", 6, 90.5],
      ]),
    );
    expect(findings).toEqual([
      {
        code: "rule.sum",
        severity: "error",
        rule: "PL09.c1-sum",
        path: { annex: "PL09", row: "01", column: 1 },
        params: {
          formula: "(1) = (2) + (3) + (4) + (5)",
          axis: "column",
          atRow: "01",
          stated: "851",
          computed: "850",
          terms: ["150", "620", "75", "5"],
          difference: "1",
          targetLine: "(1)",
          partLines: ["(2)", "(3)", "(4)", "(5)"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe(
      "PL09, mã số 01, cột (1): tổng không khớp ((1) = (2) + (3) + (4) + (5)): ghi 851, " +
        "nhưng (2) + (3) + (4) + (5) = 150 + 620 + 75 + 5 = 850 (ghi thừa 1).",
    );
  });

  it("c6 = (c2 + c3)/c1×100", () => {
    const findings = pl09(withCell(VALID, "02", 6, 90.6));
    expect(findings).toEqual([
      {
        code: "rule.percentage",
        severity: "error",
        rule: "PL09.c6-pct",
        path: { annex: "PL09", row: "02", column: 6 },
        params: {
          formula: "(6) = ((2) + (3)) / (1) × 100",
          axis: "column",
          atRow: "02",
          stated: "90.6",
          decimals: 1,
          computed: "90.53",
          expected: "90.5",
          part: "86000",
          whole: "95000",
          partTerms: ["16000", "70000"],
          targetLine: "(6)",
          partLines: ["(2)", "(3)"],
          wholeLines: ["(1)"],
        },
      },
    ]);
    expect(vi(findings[0])).toBe(
      "PL09, mã số 02, cột (6): tỷ lệ ghi 90,6% nhưng ((2) + (3)) / (1) × 100 = (16.000 + 70.000) / 95.000 × 100 = 90,53%, " +
        "làm tròn 1 chữ số thập phân là 90,5%.",
    );
    expect(en(findings[0])).toBe(
      "PL09, row 02, column (6): stated 90.6% but ((2) + (3)) / (1) × 100 = (16,000 + 70,000) / 95,000 × 100 = 90.53%, " +
        "which rounds to 90.5% at 1 decimal(s).",
    );
  });

  it("a derived c1 left empty is reported, and c6 that depends on it is skipped", () => {
    const findings = pl09(withCell(VALID, "02", 1, null));
    expect(findings).toEqual([
      expect.objectContaining({
        code: "cell.derived_missing",
        rule: "PL09.c1-sum",
        path: { annex: "PL09", row: "02", column: 1 },
        params: expect.objectContaining({ expected: "95000" }),
      }),
    ]);
  });
});

describe("PL09 r02 c1 ≤ PL04 r02 c1 (members rated cannot exceed members)", () => {
  const rated = (c1: number, c4: number, c6: string) =>
    annexFigures(
      "PL09",
      withCells(VALID, [
        ["02", 1, c1],
        ["02", 4, c4],
        ["02", 6, c6],
      ]),
    );

  it("equal passes", () => {
    expect(check([validAnnex("PL04"), rated(100000, 13500, "86,0")], { periodKind: "Y" }).findings).toEqual([]);
  });

  it("one more member rated than members is an error on PL09", () => {
    const findings = check([validAnnex("PL04"), rated(100001, 13501, "86,0")], { periodKind: "Y" }).findings;
    expect(findings).toEqual([
      {
        code: "rule.cross_annex",
        severity: "error",
        rule: "PL09.r02c1-le-pl04",
        path: { annex: "PL09", row: "02", column: 1 },
        params: { op: "<=", leftRef: "PL09.r02.c1", rightRef: "PL04.r02.c1", left: "100001", right: "100000" },
      },
    ]);
    expect(vi(findings[0])).toBe("PL09, mã số 02, cột (1): PL09 mã số 02 cột (1) = 100.001 lớn hơn PL04 mã số 02 cột (1) = 100.000.");
  });

  it("carries the addresses of both cells", () => {
    const pl09 = rated(100001, 13501, "86,0");
    const pl04 = validAnnex("PL04");
    (pl09.cells["02.1"] as { address?: string }).address = "PL09!C9";
    (pl04.cells["02.1"] as { address?: string }).address = "PL04!C8";
    const [finding] = check([pl04, pl09], { periodKind: "Y" }).findings;
    expect(finding?.path).toEqual({ annex: "PL09", row: "02", column: 1, cell: "PL09!C9", sheet: "PL09" });
    expect(finding?.params.cells).toEqual(["PL09!C9", "PL04!C8"]);
  });

  it("is not checked when PL04 is absent or its cell is empty", () => {
    expect(check([rated(100001, 13501, "86,0")], { periodKind: "Y" }).findings).toEqual([]);
    const pl04 = annexFigures("PL04", withCell(ALL.PL04, "02", 1, null));
    expect(check([pl04, rated(100001, 13501, "86,0")], { periodKind: "Y" }).findings.map((f) => f.code)).toEqual(["cell.required"]);
  });
});

describe("PL09 national target: c6 above 90%", () => {
  const low = withCells(VALID, [
    ["01", 2, 100],
    ["01", 4, 125],
    ["01", 6, 84.7],
  ]);

  it("below 90% warns at national level only", () => {
    expect(pl09(low)).toEqual([]);
    const findings = check([annexFigures("PL09", low)], { level: "national", periodKind: "Y" }).findings;
    expect(findings).toEqual([
      {
        code: "rule.target_range",
        severity: "warning",
        rule: "PL09.r01-target",
        path: { annex: "PL09", row: "01", column: 6 },
        params: {
          indicator: "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
          ratio: "84.71",
          direction: "below",
          min: 90,
        },
      },
    ]);
    expect(vi(findings[0])).toBe("PL09, mã số 01, cột (6): tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên là 84,71%, thấp hơn mục tiêu 90%.");
  });

  it("the member row has its own target", () => {
    const rows = withCells(VALID, [
      ["02", 2, 10000],
      ["02", 4, 14500],
      ["02", 6, 84.2],
    ]);
    const findings = check([annexFigures("PL09", rows)], { level: "national", periodKind: "Y" }).findings;
    expect(findings.map((f) => [f.rule, f.params.ratio])).toEqual([["PL09.r02-target", "84.21"]]);
  });

  it("exactly 90% meets the target", () => {
    const rows = { "01": [1000, 200, 700, 100, 0, 90], "02": VALID["02"] };
    expect(check([annexFigures("PL09", rows)], { level: "national", periodKind: "Y" }).findings).toEqual([]);
  });
});
