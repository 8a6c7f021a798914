import { Decimal as DefaultDecimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { canonical, Dec } from "./decimal.js";

describe("Dec", () => {
  it("is a separate constructor with 40 significant digits, half-up", () => {
    expect(Dec).not.toBe(DefaultDecimal);
    expect(Dec.precision).toBe(40);
    expect(Dec.rounding).toBe(Dec.ROUND_HALF_UP);
    expect(DefaultDecimal.precision).toBe(20);
    expect(new Dec(2).div(3).toString()).toBe("0.6666666666666666666666666666666666666667");
  });

  it("does exact decimal arithmetic", () => {
    expect(new Dec("0.1").plus("0.2").toString()).toBe("0.3");
    expect(new Dec("0.233").times(100).toString()).toBe("23.3");
  });
});

describe("canonical", () => {
  it("writes plain strings, never exponents or -0", () => {
    expect(canonical(new Dec("23.30"))).toBe("23.3");
    expect(canonical(new Dec("1e21"))).toBe("1000000000000000000000");
    expect(canonical(new Dec("1e-7"))).toBe("0.0000001");
    expect(canonical(new Dec("-0"))).toBe("0");
    expect(canonical(new Dec("-5"))).toBe("-5");
  });
});
