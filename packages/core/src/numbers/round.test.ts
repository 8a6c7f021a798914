import { describe, expect, it } from "vitest";
import { Dec } from "./decimal.js";
import { percentOf, roundHalfUp } from "./round.js";

const r = (v: string | number, d: number) => roundHalfUp(new Dec(v), d).toFixed(d);

describe("roundHalfUp", () => {
  it.each([
    ["23.35", 1, "23.4"],
    ["23.45", 1, "23.5"],
    ["0.05", 1, "0.1"],
    ["82.475", 2, "82.48"],
    ["2.5", 0, "3"],
    ["3.5", 0, "4"],
    ["0.5", 0, "1"],
    ["1.449", 1, "1.4"],
    ["1.4500000000000000000000000000001", 1, "1.5"],
    ["-2.5", 0, "-3"],
    ["-23.35", 1, "-23.4"],
    ["12", 2, "12.00"],
    ["99.95", 1, "100.0"],
  ])("rounds %s to %i decimals as %s (from strings)", (v, d, expected) => {
    expect(r(v, d)).toBe(expected);
  });

  it("rounds JS numbers by their shortest form, not their binary value", () => {
    // 82.475 is 82.47499999999999... in binary; the library must still give 82.48.
    expect(82.475 < 82.475000000000001).toBe(false);
    expect(r(82.475, 2)).toBe("82.48");
    expect(r(23.35, 1)).toBe("23.4");
    expect(r(23.45, 1)).toBe("23.5");
    expect(r(0.05, 1)).toBe("0.1");
    expect(r(1.005, 2)).toBe("1.01");
    // Float multiplication would give 1.00 here:
    expect(Math.round(1.005 * 100) / 100).toBe(1);
  });

  it("exactly representable halves", () => {
    expect(r(0.125, 2)).toBe("0.13");
    expect(r(0.375, 2)).toBe("0.38");
    expect(r(1.5, 0)).toBe("2");
  });

  it("keeps the configured constructor", () => {
    expect(roundHalfUp(new Dec(1), 0)).toBeInstanceOf(Dec);
  });

  it("rejects invalid decimals", () => {
    expect(() => roundHalfUp(new Dec(1), -1)).toThrow(RangeError);
    expect(() => roundHalfUp(new Dec(1), 1.5)).toThrow(RangeError);
    expect(() => roundHalfUp(new Dec(1), Number.NaN)).toThrow(RangeError);
  });
});

describe("percentOf", () => {
  const pct = (a: number, b: number, d: number) => {
    const p = percentOf(new Dec(a), new Dec(b));
    return p === null ? null : roundHalfUp(p, d).toFixed(d);
  };

  it("matches the report examples", () => {
    expect(pct(960, 4113, 1)).toBe("23.3");
    expect(pct(3865, 4686, 2)).toBe("82.48");
  });

  it("is null when the whole is zero", () => {
    expect(percentOf(new Dec(0), new Dec(0))).toBeNull();
    expect(percentOf(new Dec(5), new Dec(0))).toBeNull();
  });

  it("gives exact 0 and 100", () => {
    expect(percentOf(new Dec(0), new Dec(4113))?.toFixed()).toBe("0");
    expect(percentOf(new Dec(4113), new Dec(4113))?.toFixed()).toBe("100");
  });

  it("is exact when the result terminates (ties stay ties)", () => {
    expect(percentOf(new Dec(1), new Dec(8))?.toFixed()).toBe("12.5");
    expect(pct(1, 8, 0)).toBe("13");
    expect(percentOf(new Dec(1), new Dec(3))?.toFixed()).toBe("33.33333333333333333333333333333333333333");
    // 0.1 + 0.2 style float noise must not appear:
    expect(percentOf(new Dec("0.3"), new Dec("0.1"))?.toFixed()).toBe("300");
  });

  it("exceeds 100 when over plan", () => {
    expect(pct(110, 100, 1)).toBe("110.0");
  });
});
