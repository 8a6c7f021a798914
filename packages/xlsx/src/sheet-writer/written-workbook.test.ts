import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { ZipWriter, portableCompression } from "../zip-writer/index.js";
import { SheetWriterUnsupportedError } from "./sheet-writer-error.js";
import { WrittenWorkbook } from "./written-workbook.js";

async function readBack(workbook: WrittenWorkbook): Promise<ExcelJS.Workbook> {
  const zip = new ZipWriter(portableCompression);
  for (const part of workbook.parts()) await zip.add(part.name, strToU8(part.xml));
  const bytes = zip.finish();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe("WrittenWorkbook", () => {
  it("merges as exceljs does: the range shares the master's look, a value given to any cell goes to the master", async () => {
    const workbook = new WrittenWorkbook();
    const sheet = workbook.addWorksheet("Tóm tắt", { properties: { tabColor: { argb: "FF2E7D32" } } });
    sheet.mergeCells(1, 1, 2, 3);
    sheet.getCell(2, 2).value = 'Tiêu đề <đầu> & "cuối"';
    sheet.getCell(1, 1).font = { name: "Times New Roman", size: 14, bold: true };
    expect(sheet.getCell(1, 1).value).toBe('Tiêu đề <đầu> & "cuối"');
    expect(sheet.getCell(2, 3).font).toEqual({ name: "Times New Roman", size: 14, bold: true });
    expect(() => sheet.mergeCells(2, 3, 4, 4)).toThrow("Cannot merge already merged cells");
    const back = (await readBack(workbook)).getWorksheet("Tóm tắt")!;
    expect(back.getCell("A1").value).toBe('Tiêu đề <đầu> & "cuối"');
    expect(back.getCell("C2").master.address).toBe("A1");
    expect(back.getCell("C2").font).toMatchObject({ name: "Times New Roman", size: 14, bold: true });
    expect(back.properties.tabColor).toEqual({ argb: "FF2E7D32" });
  });

  it("writes each look once: the same font, border and format on many cells is one cellXfs entry", () => {
    const workbook = new WrittenWorkbook();
    const sheet = workbook.addWorksheet("A");
    for (let r = 1; r <= 50; r++) {
      const cell = sheet.getCell(r, 1);
      cell.value = r;
      cell.font = { name: "Times New Roman", size: 11 };
      cell.border = { top: { style: "thin", color: { argb: "FF000000" } } };
      cell.numFmt = "[$-42A]#,##0";
    }
    sheet.getCell(51, 1).value = { formula: "SUM(A1:A50)", result: 1275 } as ExcelJS.CellFormulaValue;
    const parts = new Map([...workbook.parts()].map((p) => [p.name, p.xml]));
    const styles = parts.get("xl/styles.xml") ?? "";
    expect(styles).toContain(`<cellXfs count="2">`);
    expect(styles).toContain(`<numFmt numFmtId="164" formatCode="[$-42A]#,##0"/>`);
    expect(parts.get("xl/worksheets/sheet1.xml")).toContain(`<c r="A51"><f>SUM(A1:A50)</f><v>1275</v></c>`);
  });

  it("refuses what it does not write rather than leaving it out", () => {
    const workbook = new WrittenWorkbook();
    const sheet = workbook.addWorksheet("A");
    sheet.getCell(1, 1).value = new Date(0);
    expect(() => [...workbook.parts()]).toThrow(SheetWriterUnsupportedError);
    const other = new WrittenWorkbook();
    other.addWorksheet("B").getCell(1, 1).fill = { type: "gradient", gradient: "angle", degree: 0, stops: [] };
    expect(() => [...other.parts()]).toThrow(SheetWriterUnsupportedError);
    expect(() => other.addWorksheet("b")).toThrow("already exists");
  });
});
