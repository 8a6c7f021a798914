import { describe, expect, it } from "vitest";
import { Dec } from "./decimal.js";
import { formatCount, formatCountPadded, formatDecimal, formatPercent } from "./format.js";

describe("formatCount", () => {
  it.each<[number | bigint | string, string]>([
    [0, "0"],
    [7, "7"],
    [999, "999"],
    [1919, "1.919"],
    [19450, "19.450"],
    [5300000, "5.300.000"],
    [-19450, "-19.450"],
    [-5, "-5"],
    [1234567890123, "1.234.567.890.123"],
    [12n, "12"],
    [123456789012345678901234567890n, "123.456.789.012.345.678.901.234.567.890"],
    [-1000n, "-1.000"],
    ["4113", "4.113"],
    ["1e21", "1.000.000.000.000.000.000.000"],
  ])("%s → %s", (input, expected) => {
    const value = typeof input === "string" ? new Dec(input) : input;
    expect(formatCount(value)).toBe(expected);
  });

  it("rounds a fraction half-up", () => {
    expect(formatCount(2.5)).toBe("3");
    expect(formatCount(new Dec("1999.5"))).toBe("2.000");
    expect(formatCount(-0.4)).toBe("0");
  });

  it("writes -0 as 0", () => {
    expect(formatCount(-0)).toBe("0");
    expect(formatCount(new Dec("-0"))).toBe("0");
  });

  it("rejects non-finite values", () => {
    expect(() => formatCount(Number.NaN)).toThrow(RangeError);
    expect(() => formatCount(Infinity)).toThrow(RangeError);
    expect(() => formatCount(new Dec(Number.NaN))).toThrow(RangeError);
  });
});

describe("formatDecimal", () => {
  it.each<[number | string, number, string]>([
    ["23.3", 1, "23,3"],
    ["23.35", 1, "23,4"],
    ["82.475", 2, "82,48"],
    [82.475, 2, "82,48"],
    [1.005, 2, "1,01"],
    ["1234.5", 2, "1.234,50"],
    ["1234.5", 0, "1.235"],
    ["0", 2, "0,00"],
    ["0.05", 1, "0,1"],
    ["0.04", 1, "0,0"],
    ["-0.04", 1, "0,0"],
    ["-1234.56", 1, "-1.234,6"],
    ["5300000.125", 2, "5.300.000,13"],
    [23.340661316557257, 1, "23,3"],
    ["99.95", 1, "100,0"],
    [1e-7, 3, "0,000"],
    ["100", 0, "100"],
  ])("%s with %i decimals → %s", (input, decimals, expected) => {
    const value = typeof input === "string" ? new Dec(input) : input;
    expect(formatDecimal(value, decimals)).toBe(expected);
  });

  it("rejects invalid decimals", () => {
    expect(() => formatDecimal(1, -1)).toThrow(RangeError);
    expect(() => formatDecimal(1, 0.5)).toThrow(RangeError);
  });
});

describe("formatPercent", () => {
  it("appends % without a space", () => {
    expect(formatPercent(new Dec("23.3"), 1)).toBe("23,3%");
    expect(formatPercent(82.475, 2)).toBe("82,48%");
    expect(formatPercent(100, 0)).toBe("100%");
    expect(formatPercent(new Dec("1234.5"), 1)).toBe("1.234,5%");
  });
});

describe("formatCountPadded", () => {
  it.each<[number | bigint, string]>([
    [1, "01"],
    [5, "05"],
    [8, "08"],
    [9, "09"],
    [0, "0"],
    [10, "10"],
    [99, "99"],
    [1919, "1.919"],
    [-5, "-5"],
    [8n, "08"],
  ])("%s → %s", (input, expected) => {
    expect(formatCountPadded(input)).toBe(expected);
  });
});

describe("arguments from plain JavaScript", () => {
  it("takes canonical decimal strings, as finding params carry them", () => {
    expect(formatPercent("23.34", 1)).toBe("23,3%");
    expect(formatDecimal(" 82.475 ", 2)).toBe("82,48");
    expect(formatCount("-19450")).toBe("-19.450");
    expect(formatCountPadded("8")).toBe("08");
  });

  it("names the function, the argument and what it got", () => {
    const js = formatPercent as (value: unknown, decimals: unknown) => string;
    expect(() => js("23,3", 1)).toThrow(
      new TypeError('formatPercent: value must be a number, a bigint, a Decimal or a decimal string such as "23.34"; got string "23,3".'),
    );
    expect(() => js({}, 1)).toThrow(TypeError);
    expect(() => js(null, 1)).toThrow(/got null\.$/);
    expect(() => js(23.3, "1")).toThrow(new TypeError('formatPercent: decimals must be a whole number of decimal places; got string "1".'));
    expect(() => js(23.3, 1.5)).toThrow(RangeError);
    expect(() => (formatCount as (n: unknown) => string)(undefined)).toThrow(/^formatCount: value must be/);
  });

  it("keeps RangeError for numbers that cannot be written", () => {
    expect(() => formatCount(Number.NaN)).toThrow(RangeError);
    expect(() => formatDecimal(new Dec(Infinity), 1)).toThrow(RangeError);
  });
});
