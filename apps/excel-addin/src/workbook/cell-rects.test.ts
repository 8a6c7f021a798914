import { describe, expect, it } from "vitest";
import { cellsOf, packRects, rectAddress } from "./cell-rects.js";
import { widthInPoints } from "./column-width.js";

describe("packRects", () => {
  it("packs cells into row runs stacked into rectangles", () => {
    const cells = [...cellsOf({ top: 8, left: 1, bottom: 12, right: 10 }), { row: 14, column: 2 }, { row: 14, column: 4 }];
    expect(packRects(cells).map(rectAddress)).toEqual(["A8:J12", "B14", "D14"]);
  });
});

describe("widthInPoints", () => {
  it("converts Excel character widths to points", () => {
    expect(widthInPoints(14)).toBe(77.25);
    expect(widthInPoints(6)).toBe(35.25);
  });
});
