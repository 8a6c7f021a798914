import { describe, expect, it } from "vitest";
import { comparisonLabel, periodLabel, periodOrThrow, previousPeriod, samePeriodLastYear } from "./index.js";

const p = periodOrThrow;

describe("periodLabel / comparisonLabel", () => {
  it("writes Vietnamese period names with Roman quarters", () => {
    expect(periodLabel(p("2022-H1"))).toBe("6 tháng đầu năm 2022");
    expect(periodLabel(p("2022-Y"))).toBe("năm 2022");
    expect(["Q1", "Q2", "Q3", "Q4"].map((q) => periodLabel(p(`2023-${q}`)))).toEqual([
      "quý I năm 2023",
      "quý II năm 2023",
      "quý III năm 2023",
      "quý IV năm 2023",
    ]);
  });

  it("writes the comparison phrase of national reports", () => {
    expect(comparisonLabel(previousPeriod(p("2022-Y")))).toBe("so với năm 2021");
    expect(comparisonLabel(previousPeriod(p("2022-H1")))).toBe("so với 6 tháng đầu năm 2021");
    expect(comparisonLabel(previousPeriod(p("2023-Q1")))).toBe("so với quý IV năm 2022");
  });
});

describe("previousPeriod / samePeriodLastYear", () => {
  it("steps back one year for H1 and Y, one quarter for Q", () => {
    expect(previousPeriod(p("2022-H1")).id).toBe("2021-H1");
    expect(previousPeriod(p("2022-Y")).id).toBe("2021-Y");
    expect(previousPeriod(p("2023-Q3")).id).toBe("2023-Q2");
    expect(previousPeriod(p("2023-Q1"))).toEqual(p("2022-Q4"));
  });

  it("samePeriodLastYear keeps the quarter", () => {
    expect(samePeriodLastYear(p("2023-Q3")).id).toBe("2022-Q3");
    expect(samePeriodLastYear(p("2025-H1")).id).toBe("2024-H1");
    expect(samePeriodLastYear(p("2025-Y")).end).toBe("2024-12-31");
  });
});
