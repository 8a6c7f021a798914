import { describe, expect, it } from "vitest";
import { JUSTIFICATION_RANGE, justificationLine, justificationsFromRead } from "./justification-read.js";

const blank = (): unknown[][] => Array.from({ length: 5 }, () => ["", "", "", ""]);

describe("the sheet Giải trình as the add-in reads it", () => {
  it("reads columns B–E from line 5", () => {
    expect(JUSTIFICATION_RANGE).toBe("B5:E304");
  });

  it("takes lines with a cell and a text, with the value when written, and where each sits", () => {
    const values = blank();
    values[0] = ["PL04!D10", "PL04.change", 12, " Đúng. "];
    values[1] = ["PL04!D11", "PL04.change", "", ""];
    values[3] = ["pl04!d12", "", "", "Lý do"];
    expect(justificationsFromRead({ found: true, values })).toEqual([
      { cell: "PL04!D10", rule: "PL04.change", value: "12", text: "Đúng.", at: "'Giải trình'!E5" },
      { cell: "pl04!d12", rule: "", text: "Lý do", at: "'Giải trình'!E8" },
    ]);
    expect(justificationsFromRead({ found: false })).toEqual([]);
  });

  it("puts a justification on its earlier line, on the line listing its warning, else on the first empty line", () => {
    const values = blank();
    values[0] = ["PL04!D10", "PL04.change", 12, "Đúng."];
    values[1] = ["PL04!D11", "", "", ""];
    const read = { found: true as const, values };
    expect(justificationLine(read, { cell: "pl04!d10", rule: "PL04.change", text: "x" })).toBe(0);
    expect(justificationLine(read, { cell: "PL04!D11", rule: "PL04.change", text: "x" })).toBe(1);
    expect(justificationLine(read, { cell: "PL04!D12", rule: "PL04.change", text: "x" })).toBe(2);
    expect(justificationLine({ found: true, values: [values[0] as unknown[]] }, { cell: "PL04!D12", rule: "PL04.change", text: "x" })).toBeUndefined();
  });
});
