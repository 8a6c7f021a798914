import type { Finding } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import type { AnnexPlan } from "./annex-plan.js";
import { marksFor, paintDiff } from "./highlight-plan.js";

const plan: AnnexPlan = {
  code: "PL01",
  sheet: "PL01",
  range: "D10:F10",
  cells: [
    { key: "01.1", address: "D10", rowOffset: 0, columnOffset: 0, role: "input" },
    { key: "01.2", address: "E10", rowOffset: 0, columnOffset: 1, role: "input" },
    { key: "01.3", address: "F10", rowOffset: 0, columnOffset: 2, role: "derived" },
  ],
};
const finding = (code: Finding["code"], severity: Finding["severity"], cell: string, cells?: string[]): Finding => ({
  code,
  severity,
  path: { annex: "PL01", cell },
  params: cells ? { cells } : {},
});

describe("marksFor", () => {
  it("marks the cell a finding points at by severity and the cells it involves as related", () => {
    const marks = marksFor([finding("rule.percentage", "error", "PL01!F10", ["PL01!D10", "PL01!E10", "PL01!F10"])], [plan]);
    expect([...(marks.get("PL01") ?? [])]).toEqual([
      ["F10", "error"],
      ["D10", "related"],
      ["E10", "related"],
    ]);
  });

  it("keeps the strongest mark, ignores empty required cells and cells outside the forms", () => {
    const marks = marksFor(
      [
        finding("rule.compare", "warning", "PL01!D10"),
        finding("rule.sum", "error", "PL01!E10", ["PL01!D10"]),
        finding("cell.required", "error", "PL01!E10"),
        finding("rule.sum", "error", "PL09!Z99"),
      ],
      [plan],
    );
    expect(Object.fromEntries(marks.get("PL01") ?? [])).toEqual({ D10: "warning", E10: "error" });
    expect(marks.has("PL09")).toBe(false);
  });
});

describe("paintDiff", () => {
  it("repaints every data cell on a first look, restoring each role's own fill", () => {
    const after = marksFor([finding("rule.percentage", "error", "PL01!F10")], [plan]);
    expect(paintDiff([plan], undefined, after)).toEqual([
      { sheet: "PL01", mark: { error: ["F10"], warning: [], related: [] }, restore: { input: ["D10", "E10"], derived: [] } },
    ]);
  });

  it("touches only cells whose mark changed, and nothing when nothing did", () => {
    const before = marksFor([finding("rule.percentage", "error", "PL01!F10")], [plan]);
    const after = marksFor([finding("rule.compare", "warning", "PL01!D10")], [plan]);
    expect(paintDiff([plan], before, after)).toEqual([
      { sheet: "PL01", mark: { error: [], warning: ["D10"], related: [] }, restore: { input: [], derived: ["F10"] } },
    ]);
    expect(paintDiff([plan], after, after)).toEqual([]);
  });
});
