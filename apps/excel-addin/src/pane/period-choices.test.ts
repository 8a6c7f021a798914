import { builtinCatalogues, catalogue2022 } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { likelyPeriod, periodKindsOffered, periodOf, yearsOffered } from "./period-choices.js";

describe("period choices", () => {
  it("offers the kinds annexes are due in", () => {
    expect(periodKindsOffered([catalogue2022()])).toEqual(["H1", "Y"]);
    expect(periodKindsOffered(builtinCatalogues())).toEqual(["H1", "Y"]);
  });

  it("guesses the period being reported and lists recent years", () => {
    expect(likelyPeriod(new Date(2023, 1, 10), ["H1", "Y"])).toEqual({ year: 2022, kind: "Y" });
    expect(likelyPeriod(new Date(2023, 6, 1), ["H1", "Y"])).toEqual({ year: 2023, kind: "H1" });
    expect(likelyPeriod(new Date(2023, 11, 1), ["H1", "Y"])).toEqual({ year: 2023, kind: "Y" });
    expect(yearsOffered(new Date(2025, 0, 1))).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(periodOf(2022, "Y").id).toBe("2022-Y");
    expect(periodOf(2023, "Q", 3).id).toBe("2023-Q3");
  });
});
