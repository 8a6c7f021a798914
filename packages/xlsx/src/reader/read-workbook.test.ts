import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "./index.js";
import type { RawSheet, RawWorkbook } from "./types.js";

/** Cells of a sheet as { address: [value, numberFormat, extras] } for compact exact assertions. */
function table(sheet: RawSheet | undefined): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const cell of sheet?.cells ?? []) {
    const extras: Record<string, unknown> = {};
    if (cell.formula !== undefined) extras.formula = cell.formula;
    if (cell.sharedRef !== undefined) extras.sharedRef = cell.sharedRef;
    if (cell.isDate) extras.isDate = true;
    out[cell.address] = Object.keys(extras).length ? [cell.value, cell.numberFormat, extras] : [cell.value, cell.numberFormat];
  }
  return out;
}

async function excelJsWorkbook(build: (wb: ExcelJS.Workbook) => void): Promise<RawWorkbook> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
}

describe("readWorkbook on exceljs output", () => {
  it("reads values, formats, formulas, merges, states and names exactly", async () => {
    const result = await excelJsWorkbook((wb) => {
      const ws = wb.addWorksheet("Biểu 01");
      ws.getCell("A1").value = "PHỤ LỤC 1: Tổng hợp đảng viên";
      ws.mergeCells("A1:D1");
      ws.getCell("A2").value = "Tỷ lệ";
      ws.getCell("B2").value = 0.255;
      ws.getCell("B2").numFmt = "0.0%";
      ws.getCell("C2").value = 0.5;
      ws.getCell("C2").numFmt = "0%";
      ws.getCell("D2").value = 1234567;
      ws.getCell("D2").numFmt = "#,##0";
      ws.getCell("A3").value = true;
      ws.getCell("B3").value = { error: "#DIV/0!" };
      ws.getCell("C3").value = new Date(Date.UTC(2024, 11, 31));
      ws.getCell("C3").numFmt = "dd/mm/yyyy";
      ws.getCell("D3").value = { formula: "B2*2", result: 0.51 };
      ws.getCell("A4").value = { formula: 'A1&"!"', result: "x!" };
      ws.getCell("B4").value = { formula: "SUM(B2:D2)" };
      ws.getCell("C4").value = { richText: [{ text: "Đảng ", font: { bold: true } }, { text: "viên" }] };
      ws.getCell("D4").value = -0.000125;
      ws.getCell("A5").value = '  space & <tags> "quoted"\nline 2 ';
      ws.mergeCells("A6:B7");
      ws.getCell("A6").value = "merged";
      wb.addWorksheet("Ẩn", { state: "hidden" });
      wb.addWorksheet("Rất ẩn", { state: "veryHidden" });
      wb.definedNames.add("'Biểu 01'!$A$2:$D$4", "VungSoLieu");
    });

    expect(result.sheets.map((s) => [s.name, s.state, s.index])).toEqual([
      ["Biểu 01", "visible", 0],
      ["Ẩn", "hidden", 1],
      ["Rất ẩn", "veryHidden", 2],
    ]);
    expect(result.application).toBe("Microsoft Excel");
    expect(result.hasMacros).toBe(false);
    expect(result.date1904).toBe(false);
    expect(result.definedNames).toEqual([{ name: "VungSoLieu", ref: "'Biểu 01'!$A$2:$D$4" }]);
    const sheet = result.sheets[0];
    expect(sheet?.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 6, left: 1, bottom: 7, right: 2 },
    ]);
    expect(table(sheet)).toEqual({
      A1: ["PHỤ LỤC 1: Tổng hợp đảng viên", "General"],
      A2: ["Tỷ lệ", "General"],
      B2: [0.255, "0.0%"],
      C2: [0.5, "0%"],
      D2: [1234567, "#,##0"],
      A3: [true, "General"],
      B3: [{ error: "#DIV/0!" }, "General"],
      C3: [45657, "dd/mm/yyyy", { isDate: true }],
      D3: [0.51, "General", { formula: "B2*2" }],
      A4: ["x!", "General", { formula: 'A1&"!"' }],
      B4: [null, "General", { formula: "SUM(B2:D2)" }],
      C4: ["Đảng viên", "General"],
      D4: [-0.000125, "General"],
      A5: ['  space & <tags> "quoted"\nline 2 ', "General"],
      A6: ["merged", "General"],
    });
    expect(sheet?.cell(2, 2)?.value).toBe(0.255);
    expect(sheet?.cell(3, 3)?.address).toBe("C3");
    expect(sheet?.cell(6, 2)).toBeUndefined();
    expect(sheet?.cell(99, 99)).toBeUndefined();
    expect(result.sheets[1]?.cells).toEqual([]);
  });

  it("marks shared formula followers and keeps the master's text", async () => {
    const result = await excelJsWorkbook((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = 1;
      ws.getCell("A2").value = 2;
      ws.getCell("A3").value = 3;
      ws.fillFormula("B1:B3", "A1*2", [2, 4, 6]);
    });
    expect(table(result.sheets[0])).toEqual({
      A1: [1, "General"],
      A2: [2, "General"],
      A3: [3, "General"],
      B1: [2, "General", { formula: "A1*2", sharedRef: "B1:B3" }],
      B2: [4, "General", { formula: "", sharedRef: "B1:B3" }],
      B3: [6, "General", { formula: "", sharedRef: "B1:B3" }],
    });
  });

  it("reads the 1904 date system flag", async () => {
    const result = await excelJsWorkbook((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet("S").getCell("A1").value = 1;
    });
    expect(result.date1904).toBe(true);
  });
});
