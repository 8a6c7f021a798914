import { JUSTIFICATION_HEADING, JUSTIFICATION_SHEET, JUSTIFICATION_TABLE } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { JUSTIFICATION_RANGE } from "./justification-read.js";
import { justificationSheetPlan } from "./justification-plan.js";

describe("the sheet Giải trình of a workbook the add-in creates", () => {
  const plan = justificationSheetPlan();

  it("is the template's sheet: heading, header row 4 and 30 numbered empty lines, columns A–E", () => {
    expect(plan.sheet).toBe(JUSTIFICATION_SHEET);
    expect(plan.area).toBe("A1:E34");
    expect(plan.values).toHaveLength(34);
    expect(plan.values.every((line) => line.length === 5)).toBe(true);
    expect(plan.values[0]).toEqual(["GIẢI TRÌNH CÁC CẢNH BÁO", "", "", "", ""]);
    expect(plan.values[1]?.[0]).toBe(JUSTIFICATION_HEADING[1]);
    expect(plan.values[3]).toEqual(["STT", "Ô có cảnh báo", "Quy tắc", "Giá trị khi giải trình", "Nội dung giải trình"]);
    expect(plan.values[4]).toEqual([1, "", "", "", ""]);
    expect(plan.values[33]).toEqual([30, "", "", "", ""]);
    expect(plan.heading.map((h) => h.range)).toEqual(["A1:E1", "A2:E2", "A3:E3"]);
    expect(plan.heading[0]?.title).toBe(true);
    expect(plan.heading[1]?.points).toBeGreaterThan(16);
    expect(plan.header).toBe("A4:E4");
    expect(plan.table).toBe("A4:E34");
    expect(plan.text).toBe("E5:E34");
    expect(plan.value.range).toBe("D5:D34");
    expect(plan.value.numberFormats).toHaveLength(30);
    expect(plan.tabColor).toBe(`#${JUSTIFICATION_TABLE.tabColor}`);
  });

  it("has its lines where the pane reads and writes justifications", () => {
    const [from] = JUSTIFICATION_RANGE.split(":");
    expect(from).toBe(`B${JUSTIFICATION_TABLE.firstRow}`);
    expect(plan.text.startsWith(`E${JUSTIFICATION_TABLE.firstRow}`)).toBe(true);
  });

  it("has the template's column widths, in points", () => {
    expect(plan.columnWidths.map((w) => w.column)).toEqual(["A", "B", "C", "D", "E"]);
    expect(plan.columnWidths[4]?.points).toBe(Math.round((80 * 7 + 5) * 0.75 * 100) / 100);
  });
});
