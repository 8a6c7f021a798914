import { describe, expect, it } from "vitest";
import { locationInAnnex, locationText } from "./location.js";

describe("locationInAnnex", () => {
  it("names the row, column and cell inside the annex, capitalised, in the words of locationText", () => {
    const path = { file: "51.xlsx", annex: "PL01", row: "01", column: 3, cell: "PL01!F10" };
    expect(locationInAnnex(path, "F10")).toBe("Mã số 01, cột (3), ô F10");
    expect(locationText(path, "vi")).toBe("tệp 51.xlsx, PL01, mã số 01, cột (3), ô PL01!F10");
    expect(locationInAnnex(path, "F10", "en")).toBe("Row 01, column (3), cell F10");
  });

  it("leaves out what the path does not say", () => {
    expect(locationInAnnex({ annex: "PL01", column: 2 }, undefined)).toBe("Cột (2)");
    expect(locationInAnnex({ annex: "PL01" }, undefined)).toBe("");
  });
});
