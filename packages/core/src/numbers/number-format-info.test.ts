import { describe, expect, it } from "vitest";
import { numberFormatInfo } from "./number-format-info.js";

describe("numberFormatInfo", () => {
  it.each<[string | undefined, boolean, number | null, boolean]>([
    [undefined, false, null, false],
    ["", false, null, false],
    ["General", false, null, false],
    ["general", false, null, false],
    ["0", false, 0, false],
    ["0.0", false, 1, false],
    ["0.00", false, 2, false],
    ["#,##0", false, 0, false],
    ["#,##0.00", false, 2, false],
    ["#,##0.000_);(#,##0.000)", false, 3, false],
    ["0.0%", true, 1, false],
    ["0%", true, 0, false],
    ["0.00%", true, 2, false],
    ["0.0%;[Red]-0.0%", true, 1, false],
    ["[Red]0.00;[Blue]-0.0", false, 2, false],
    ["@", false, null, true],
    ['"%"0.0', false, 1, false],
    ['0.0" %"', false, 1, false],
    ["0.0\\%", false, 1, false],
    ['[$-42A]#,##0.0" người"', false, 1, false],
    ["[$₫-42A]#,##0", false, 0, false],
    ['_(* #,##0.00_);_(* (#,##0.00);_(* "-"??_);_(@_)', false, 2, false],
    ["*x0.0", false, 1, false],
    ["_%0", false, 0, false],
    ["0.0#", false, null, false],
    ["0.00E+00", false, null, false],
    ["dd/mm/yyyy", false, null, false],
    ["h:mm:ss", false, null, false],
    ['"Tổng: "@', false, null, true],
    ["0;-0;0;@", false, 0, false],
    ["[>=100]0;0.0", false, 0, false],
  ])("%j → percent %s, decimals %s, text %s", (format, percent, decimals, text) => {
    expect(numberFormatInfo(format)).toEqual({ percent, decimals, text });
  });

  it("uses only the first section", () => {
    expect(numberFormatInfo("0;0.00%").percent).toBe(false);
    expect(numberFormatInfo("0.00;0%").decimals).toBe(2);
  });

  it("does not end a section at a quoted or escaped semicolon", () => {
    expect(numberFormatInfo('"a;b"0.0%')).toEqual({ percent: true, decimals: 1, text: false });
    expect(numberFormatInfo("\\;0.00")).toEqual({ percent: false, decimals: 2, text: false });
  });

  it("tolerates unterminated quotes and brackets", () => {
    expect(numberFormatInfo('0.0"%')).toEqual({ percent: false, decimals: 1, text: false });
    expect(numberFormatInfo("0.00[Red")).toEqual({ percent: false, decimals: 2, text: false });
  });
});
