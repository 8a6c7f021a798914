import { describe, expect, it } from "vitest";
import { cellNumberFormat, vietnameseNumberFormat } from "./cell-number-format.js";

describe("number formats tagged Vietnamese", () => {
  it("tags the form's formats: counts, percentages with their decimals", () => {
    expect(cellNumberFormat({ kind: "count", decimals: { min: 0, max: 0, default: 0 } })).toBe("[$-42A]#,##0");
    expect(cellNumberFormat({ kind: "percent", decimals: { min: 1, max: 2, default: 2 } })).toBe("[$-42A]0.00");
  });

  it("tags a unit's own format, and leaves one naming its locale, text and General alone", () => {
    expect(vietnameseNumberFormat("0.0")).toBe("[$-42A]0.0");
    expect(vietnameseNumberFormat("0.0%")).toBe("[$-42A]0.0%");
    expect(vietnameseNumberFormat("[$-42A]#,##0")).toBe("[$-42A]#,##0");
    expect(vietnameseNumberFormat("[$-409]#,##0.00")).toBe("[$-409]#,##0.00");
    expect(vietnameseNumberFormat("[$€-407]#,##0")).toBe("[$€-407]#,##0");
    expect(vietnameseNumberFormat("@")).toBe("@");
    expect(vietnameseNumberFormat("General")).toBe("General");
    expect(vietnameseNumberFormat("[Red]0.0")).toBe("[$-42A][Red]0.0");
  });
});
