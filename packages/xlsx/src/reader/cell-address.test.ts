import { describe, expect, it } from "vitest";
import { type CellPosition, cellAddress, columnName, parseCellRef, parseRangeRef } from "./cell-address.js";

const parse = (ref: string): CellPosition | undefined => {
  const out: CellPosition = { row: 0, col: 0, canonical: false };
  return parseCellRef(ref, out) ? { ...out } : undefined;
};

describe("cell addresses", () => {
  it("parses references and tells canonical ones apart", () => {
    expect(parse("A1")).toEqual({ row: 1, col: 1, canonical: true });
    expect(parse("XFD1048576")).toEqual({ row: 1_048_576, col: 16_384, canonical: true });
    expect(parse("d8")).toEqual({ row: 8, col: 4, canonical: false });
    expect(parse("$D$8")).toEqual({ row: 8, col: 4, canonical: false });
    expect(parse("D08")).toEqual({ row: 8, col: 4, canonical: false });
  });

  it.each(["", "A", "1", "A0", "XFE1", "A1048577", "A1B", "A-1", "AAAA1"])("refuses %j", (ref) => {
    expect(parse(ref)).toBeUndefined();
  });

  it("names columns", () => {
    expect([1, 26, 27, 52, 702, 703, 16384].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA", "XFD"]);
    expect(cellAddress(8, 4)).toBe("D8");
  });

  it("parses ranges in either corner order and single cells", () => {
    expect(parseRangeRef("A1:C2")).toEqual({ top: 1, left: 1, bottom: 2, right: 3 });
    expect(parseRangeRef("C2:A1")).toEqual({ top: 1, left: 1, bottom: 2, right: 3 });
    expect(parseRangeRef("B3")).toEqual({ top: 3, left: 2, bottom: 3, right: 2 });
    expect(parseRangeRef("A1:")).toBeUndefined();
  });
});
