import { describe, expect, it } from "vitest";
import * as numbers from "./index.js";

describe("numbers public API", () => {
  it("exports exactly the public functions", () => {
    expect(Object.keys(numbers).sort()).toEqual(
      [
        "Dec",
        "canonical",
        "formatCount",
        "formatCountPadded",
        "formatDecimal",
        "formatPercent",
        "numberFormatInfo",
        "percentOf",
        "readCell",
        "roundHalfUp",
        "sheetNumber",
      ].sort(),
    );
  });
});
