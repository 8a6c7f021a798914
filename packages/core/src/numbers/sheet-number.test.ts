import { describe, expect, it } from "vitest";
import { Dec } from "./decimal.js";
import { sheetNumber } from "./sheet-number.js";

describe("sheetNumber", () => {
  it("gives finite figures as numbers and never Infinity or NaN", () => {
    expect(sheetNumber(new Dec("1019"))).toBe(1019);
    expect(sheetNumber(new Dec("23.3"))).toBe(23.3);
    expect(sheetNumber(new Dec("1e308").plus("1e308"))).toBeNull();
    expect(sheetNumber(new Dec(Number.NaN))).toBeNull();
  });
});
