import { describe, expect, it } from "vitest";
import { parseViNumber } from "./parse-vi-number.js";

const plain = (text: string, column: "count" | "percent" | "decimal" = "decimal") => {
  const parsed = parseViNumber(text, column);
  return parsed.kind === "number" ? { kind: parsed.kind, value: parsed.value.toFixed(), decimals: parsed.decimals } : parsed;
};

describe("parseViNumber", () => {
  it("reads both Vietnamese shapes", () => {
    expect(plain("1019")).toEqual({ kind: "number", value: "1019", decimals: 0 });
    expect(plain("23,30")).toEqual({ kind: "number", value: "23.3", decimals: 2 });
    expect(plain("1.234,560")).toEqual({ kind: "number", value: "1234.56", decimals: 3 });
    expect(plain("12.345.678")).toEqual({ kind: "number", value: "12345678", decimals: 0 });
  });

  it("keeps the sign, except on zero", () => {
    expect(plain("-12,5")).toEqual({ kind: "number", value: "-12.5", decimals: 1 });
    const zero = parseViNumber("-0,0", "decimal");
    expect(zero.kind === "number" && zero.value.isNegative()).toBe(false);
  });

  it("accepts space grouping only in groups of three", () => {
    expect(plain("12 345 678,9")).toEqual({ kind: "number", value: "12345678.9", decimals: 1 });
    expect(plain("1234 567").kind).toBe("not_a_number");
    expect(plain("1 23").kind).toBe("not_a_number");
    expect(plain("1 234.567").kind).toBe("ambiguous");
  });

  it("treats comma-three-digits as ambiguous only in count columns", () => {
    expect(plain("1,019", "count").kind).toBe("ambiguous");
    expect(plain("999,999", "count").kind).toBe("ambiguous");
    expect(plain("0,500", "count")).toEqual({ kind: "number", value: "0.5", decimals: 3 });
    expect(plain("1,019", "percent")).toEqual({ kind: "number", value: "1.019", decimals: 3 });
  });

  it("allows a percent sign only in percent columns", () => {
    expect(plain("5 %", "percent")).toEqual({ kind: "number", value: "5", decimals: 0 });
    expect(plain("5%", "decimal").kind).toBe("not_a_number");
    expect(plain("5%", "count").kind).toBe("not_a_number");
  });

  it("returns empty for blanks and lone dashes", () => {
    expect(plain(" ")).toEqual({ kind: "empty" });
    expect(plain("—")).toEqual({ kind: "empty" });
  });
});
