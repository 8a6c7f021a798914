import { describe, expect, it } from "vitest";
import { everySheetSample } from "../test-support/every-sheet-sample.js";
import { writeNationalWorkbookThroughExceljs } from "../test-support/national-through-exceljs.js";
import { workbookLook } from "../test-support/workbook-look.js";
import { writeNationalWorkbook } from "./write-national-workbook.js";

describe("the national workbook written by the sheet writer", () => {
  it("reads back exactly as the same drawing written by exceljs: sheets, cells, styles, merges, page, views, names", async () => {
    const input = everySheetSample();
    const [ours, theirs] = await Promise.all([writeNationalWorkbook(input), writeNationalWorkbookThroughExceljs(input)]);
    const [a, b] = await Promise.all([workbookLook(ours), workbookLook(theirs)]);
    expect(a.sheets.map((s) => s.name)).toEqual(b.sheets.map((s) => s.name));
    expect(a.sheets.map((s) => s.name)).toContain("Cảnh báo đã giải trình");
    expect(a.definedNames).toEqual(b.definedNames);
    expect(a.properties).toEqual(b.properties);
    for (let i = 0; i < b.sheets.length; i++) expect(a.sheets[i], String(b.sheets[i]?.name)).toEqual(b.sheets[i]);
  });
});
