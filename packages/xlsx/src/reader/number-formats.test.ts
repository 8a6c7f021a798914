import { describe, expect, it } from "vitest";
import { builtinFormat, isDateFormat } from "./number-formats.js";

describe("number formats", () => {
  it.each([
    [0, "General"],
    [1, "0"],
    [2, "0.00"],
    [3, "#,##0"],
    [4, "#,##0.00"],
    [9, "0%"],
    [10, "0.00%"],
    [11, "0.00E+00"],
    [12, "# ?/?"],
    [13, "# ??/??"],
    [14, "mm-dd-yy"],
    [15, "d-mmm-yy"],
    [20, "h:mm"],
    [22, "m/d/yy h:mm"],
    [37, "#,##0 ;(#,##0)"],
    [40, "#,##0.00;[Red](#,##0.00)"],
    [45, "mm:ss"],
    [46, "[h]:mm:ss"],
    [47, "mmss.0"],
    [48, "##0.0E+0"],
    [49, "@"],
    [23, "General"],
    [163, "General"],
  ])("maps built-in id %i to %j", (id, code) => {
    expect(builtinFormat(id)).toBe(code);
  });

  it("classifies every built-in date and time id as a date, and no other", () => {
    const dates = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];
    for (let id = 0; id <= 58; id++) expect([id, isDateFormat(builtinFormat(id))]).toEqual([id, dates.includes(id)]);
  });

  it.each([
    ["dd/mm/yyyy", true],
    ['[$-42A]dd" tháng "mm" năm "yyyy', true],
    ["[$-F800]dddd, mmmm dd, yyyy", true],
    ["[h]:mm", true],
    ["[Red][<=100]yyyy", true],
    ["General", false],
    ["@", false],
    ["0.0%", false],
    ['#,##0" đồng"', false],
    ['0" ngày"', false],
    ["0\\d", false],
    ["#,##0_);[Red](#,##0)", false],
    ["[Red]0.00", false],
    ["[$$-409]#,##0.00", false],
    ["* #,##0", false],
    ["0.00E+00", false],
  ])("isDateFormat(%j) is %s", (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });
});
