import type { Period, Quarter } from "./period.js";

const ROMAN: Record<Quarter, string> = { 1: "I", 2: "II", 3: "III", 4: "IV" };

/** `I`, `II`, `III`, `IV`. */
export function quarterRoman(quarter: Quarter): string {
  return ROMAN[quarter];
}

/** "6 tháng đầu năm 2022", "năm 2022", "quý I năm 2023". */
export function periodLabel(period: Period): string {
  switch (period.kind) {
    case "H1":
      return `6 tháng đầu năm ${period.year}`;
    case "Y":
      return `năm ${period.year}`;
    case "Q":
      return `quý ${quarterRoman(period.quarter ?? 1)} năm ${period.year}`;
  }
}

/** "so với năm 2021", "so với 6 tháng đầu năm 2021", "so với quý IV năm 2022". */
export function comparisonLabel(previous: Period): string {
  return `so với ${periodLabel(previous)}`;
}
