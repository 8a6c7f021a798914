import { catalogue2022 } from "../catalogue/index.js";
import type { Finding } from "../finding/finding.js";
import { describe, expect, it } from "vitest";
import { findingGroups } from "./finding-groups.js";

const catalogue = catalogue2022();
const pct: Finding = {
  code: "rule.percentage",
  severity: "error",
  rule: "PL01.c3-pct",
  path: { annex: "PL01", row: "01", column: 3, cell: "PL01!F10", sheet: "PL01" },
  params: {
    formula: "(3) = (2) / (1) × 100",
    axis: "column",
    atRow: "01",
    stated: "45.6",
    decimals: 1,
    computed: "22.89",
    expected: "22.9",
    part: "19",
    whole: "83",
    partTerms: ["19"],
    targetLine: "(3)",
    partLines: ["(2)"],
    wholeLines: ["(1)"],
  },
};
const required = (cell: string): Finding => ({ code: "cell.required", severity: "error", path: { annex: "PL02", row: "03", column: 1, cell }, params: {} });
const warning: Finding = {
  code: "rule.compare",
  severity: "warning",
  path: { annex: "PL03", row: "05", column: 2, cell: "PL03!E19" },
  params: {
    formula: "(2) ≤ (1)",
    axis: "column",
    atRow: "05",
    op: "<=",
    left: "400",
    right: "371",
    leftTerms: ["400"],
    rightTerms: ["371"],
    leftLines: ["(2)"],
    rightLines: ["(1)"],
  },
};

describe("findingGroups", () => {
  it("groups by annex in catalogue order, with counts and Vietnamese messages", () => {
    const groups = findingGroups([warning, required("PL02!D11"), pct, required("PL02!D12")], catalogue);
    expect(groups.map((g) => [g.annex, g.title, g.errors, g.warnings])).toEqual([
      ["PL01", "PL01. Quy hoạch cán bộ", 1, 0],
      ["PL02", "PL02. Luân chuyển, bổ nhiệm, giới thiệu ứng cử", 2, 0],
      ["PL03", "PL03. Đào tạo, bồi dưỡng cán bộ", 0, 1],
    ]);
    const item = groups[0]?.items[0];
    expect(item).toMatchObject({ severity: "error", where: "Mã số 01, cột (3), ô F10", target: { sheet: "PL01", address: "F10" }, count: 1 });
    expect(item?.message).toMatch(/^Tỷ lệ ghi 45,6% nhưng \(2\) \/ \(1\) × 100 = 19 \/ 83 × 100 = 22,89%/);
    expect(item?.message).toBe(item?.message.normalize("NFC"));
  });

  it("folds empty required cells of an annex into one line pointing at the first", () => {
    const [group] = findingGroups([required("PL02!D11"), required("PL02!D12")], catalogue);
    expect(group?.items).toEqual([
      {
        severity: "error",
        where: "Còn 2 ô bắt buộc chưa nhập số liệu",
        message: "Bấm để đến ô đầu tiên (D11). Nếu không có số liệu thì ghi 0.",
        target: { sheet: "PL02", address: "D11" },
        code: "cell.required",
        count: 2,
      },
    ]);
  });

  it("puts findings about the whole workbook under a general group", () => {
    const groups = findingGroups(
      [{ code: "annex.version_mismatch", severity: "error", path: {}, params: { stated: "2019.1", expected: "2022.1" } }],
      catalogue,
    );
    expect(groups[0]).toMatchObject({ annex: "", title: "Chung", errors: 1 });
    expect(groups[0]?.items[0]?.target).toBeUndefined();
  });
});
