import { describe, expect, it } from "vitest";
import { VALID as ALL, catalogue, findingsOf, vi, withCell, type Rows } from "./validate.test-support.js";

const VALID = ALL.PL07;

const pl07 = (rows: Rows) => findingsOf("PL07", rows);

describe("PL07 Kiểm tra, giám sát chuyên đề", () => {
  it("declares no rule; valid figures give no finding", () => {
    expect(catalogue.annex("PL07")?.rules).toEqual([]);
    expect(pl07(VALID)).toEqual([]);
    expect(pl07({ "01": [0], "02": [0] })).toEqual([]);
  });

  it("both rows are required counts", () => {
    const findings = pl07(withCell(VALID, "02", 1, null));
    expect(findings).toEqual([{ code: "cell.required", severity: "error", path: { annex: "PL07", row: "02", column: 1 }, params: {} }]);
    expect(vi(findings[0])).toBe("PL07, mã số 02, cột (1): chưa nhập số liệu; ô này bắt buộc (nếu không có thì ghi 0).");
  });

  it("a lone dash reads as empty, so it is a missing figure", () => {
    expect(pl07(withCell(VALID, "01", 1, "-")).map((f) => f.code)).toEqual(["cell.required"]);
  });

  it("a percentage is not a count", () => {
    const findings = pl07(withCell(VALID, "01", 1, "12%"));
    expect(findings).toEqual([
      {
        code: "value.not_a_number",
        severity: "error",
        path: { annex: "PL07", row: "01", column: 1 },
        params: { text: "12%", kind: "count" },
      },
    ]);
  });
});
