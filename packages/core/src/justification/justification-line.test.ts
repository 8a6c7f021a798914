import { describe, expect, it } from "vitest";
import { justificationOfLine, justificationText } from "./justification-line.js";

describe("one line of the sheet Giải trình", () => {
  const at = "'Giải trình'!E5";

  it("is a justification with a cell and a text; the value read as a canonical decimal", () => {
    expect(justificationOfLine({ cell: " PL04!D13 ", rule: "PL04.r04-change", value: 2293, text: "Sáp nhập hai đảng bộ.\n" }, at)).toEqual({
      cell: "PL04!D13",
      rule: "PL04.r04-change",
      value: "2293",
      text: "Sáp nhập hai đảng bộ.",
      at,
    });
    expect(justificationOfLine({ cell: "PL01!E10", rule: "", value: "1,6", text: "Đúng." }, at)).toMatchObject({ value: "1.6", rule: "" });
  });

  it("has no value when the value cell is empty, text or not a number", () => {
    for (const value of [undefined, null, "", "  ", "nhiều", true, { error: "#REF!" }]) {
      expect(justificationOfLine({ cell: "PL04!D13", rule: "x", value, text: "Đúng." }, at)).not.toHaveProperty("value");
    }
  });

  it("is 'no-cell' with a text and no cell, and nothing without a text (an empty line, or a warning listed for the unit)", () => {
    expect(justificationOfLine({ cell: "", rule: "PL04.r04-change", value: 1, text: "Đúng." }, at)).toBe("no-cell");
    expect(justificationOfLine({ cell: "PL04!D13", rule: "PL04.r04-change", value: 2293, text: "" }, at)).toBeUndefined();
    expect(justificationOfLine({ cell: undefined, rule: undefined, value: undefined, text: undefined }, at)).toBeUndefined();
  });

  it("reads text cells as NFC, trimmed; numbers as their digits; anything else as empty", () => {
    expect(justificationText("Gia\u0301i trình ")).toBe("Giái trình");
    expect(justificationText(12)).toBe("12");
    expect(justificationText(null)).toBe("");
    expect(justificationText({ richText: [] })).toBe("");
  });
});
