import { describe, expect, it } from "vitest";
import { Dec } from "./decimal.js";
import { formatCount, formatDecimal } from "./format.js";

import { prng as mulberry32 } from "../sample/prng.js";

function intl(decimals: number): Intl.NumberFormat {
  return new Intl.NumberFormat("vi-VN", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** Intl's declared signature takes number | bigint; Node 20 also accepts exact decimal strings. */
function intlFormat(format: Intl.NumberFormat, value: string): string {
  return (format.format as unknown as (v: string) => string)(value);
}

/** A decimal string: integer part up to 1e12 (digit count uniform), 0–3 fraction digits. */
function randomDecimal(next: () => number): string {
  const integerDigits = 1 + Math.floor(next() * 13);
  let integer = String(Math.floor(next() * 10 ** integerDigits));
  if (integer.length > 13) integer = integer.slice(0, 13);
  const fractionDigits = Math.floor(next() * 4);
  let fraction = "";
  for (let i = 0; i < fractionDigits; i++) fraction += String(Math.floor(next() * 10));
  // Force exact ties now and then, e.g. "23.35" at 1 decimal.
  if (fractionDigits > 0 && next() < 0.2) fraction = `${fraction.slice(0, -1)}5`;
  return fraction === "" ? integer : `${integer}.${fraction}`;
}

describe("format agrees with Intl.NumberFormat('vi-VN') on Node 20", () => {
  it("checks the facts the formatter relies on", () => {
    expect(intl(0).format(1919)).toBe("1.919");
    expect(intl(0).format(-19450)).toBe("-19.450"); // ASCII hyphen-minus
    expect(intl(1).format(1234.5)).toBe("1.234,5");
    // Decimal strings are formatted exactly (no float), ties away from zero.
    expect(intlFormat(intl(1), "23.35")).toBe("23,4");
    expect(intlFormat(intl(0), "123456789012345678901")).toBe("123.456.789.012.345.678.901");
    // Where the library deliberately differs: Intl keeps the sign of a rounded-away zero.
    expect(intl(0).format(-0)).toBe("-0");
    expect(intl(1).format(-0.01)).toBe("-0,0");
    expect(formatDecimal(-0.01, 1)).toBe("0,0");
  });

  it("formatDecimal on 3,000 seeded decimal strings, 0–3 decimals, both signs", () => {
    const next = mulberry32(20240601);
    const formats = [0, 1, 2, 3].map(intl);
    let compared = 0;
    let ties = 0;
    for (let i = 0; i < 3000; i++) {
      const positive = randomDecimal(next);
      const text = next() < 0.25 ? `-${positive}` : positive;
      const decimals = Math.floor(next() * 4);
      const expected = intlFormat(formats[decimals] as Intl.NumberFormat, text);
      // Skip values Intl writes as "-0…" (documented difference above).
      if (/^-0(,0*)?$/.test(expected)) continue;
      if (/5$/.test(text) && (text.split(".")[1]?.length ?? 0) === decimals + 1) ties++;
      expect(formatDecimal(new Dec(text), decimals), `${text} @ ${decimals}`).toBe(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(2900);
    expect(ties).toBeGreaterThan(100);
  });

  it("formatDecimal on 2,000 seeded JS numbers (shortest form on both sides)", () => {
    const next = mulberry32(7);
    const formats = [0, 1, 2, 3].map(intl);
    for (let i = 0; i < 2000; i++) {
      const value = Number(randomDecimal(next));
      const decimals = Math.floor(next() * 4);
      const expected = (formats[decimals] as Intl.NumberFormat).format(value);
      expect(formatDecimal(value, decimals), `${value} @ ${decimals}`).toBe(expected);
    }
  });

  it("formatCount on 2,000 seeded integers up to 1e12", () => {
    const next = mulberry32(42);
    const format = intl(0);
    for (let i = 0; i < 2000; i++) {
      const digits = 1 + Math.floor(next() * 13);
      const sign = next() < 0.2 ? -1 : 1;
      const value = sign * Math.floor(next() * 10 ** digits);
      if (Object.is(value, -0)) continue;
      expect(formatCount(value), String(value)).toBe(format.format(value));
      expect(formatCount(BigInt(value)), String(value)).toBe(format.format(BigInt(value)));
    }
  });
});
