import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { REGISTRY_2022, periodOrThrow, unitByCode } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import { catalogue, filledWorkbook } from "../test-support/filled-workbook.js";
import { writeTemplate } from "./template-workbook.js";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const template = (unit: string, period: string) =>
  writeTemplate({ catalogue, unit: unitByCode(REGISTRY_2022, unit)!, period: periodOrThrow(period), generatedAt: "2022-12-01T08:00:00.000Z" });

describe("writeTemplate", () => {
  it("holds one sheet per annex due, named by its code, and a very hidden _meta", async () => {
    const year = await load(await template("51", "2022-Y"));
    expect(year.worksheets.map((s) => s.name)).toEqual([
      "Hướng dẫn",
      "PL01",
      "PL02",
      "PL03",
      "PL04",
      "PL05",
      "PL06",
      "PL07",
      "PL08",
      "PL09",
      "Giải trình",
      "_meta",
    ]);
    const half = await load(await template("51", "2022-H1"));
    expect(half.worksheets.map((s) => s.name)).toEqual(["Hướng dẫn", "PL01", "PL02", "PL03", "PL04", "PL05", "PL07", "Giải trình", "_meta"]);
    const central = await load(await template("TW-QU", "2022-Y"));
    expect(central.worksheets.map((s) => s.name)).not.toContain("PL08");
    const meta = year.getWorksheet("_meta")!;
    expect(meta.state).toBe("veryHidden");
    const rows = meta
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ["template", "phuluc-annex-workbook"],
      ["catalogueVersion", "2022.1"],
      ["catalogueId", "btctw-2022"],
      ["unit", "51"],
      ["unitName", "Tỉnh ủy Quảng Ngãi"],
      ["unitKind", "province"],
      ["period", "2022-Y"],
      ["generatedAt", "2022-12-01T08:00:00.000Z"],
    ]);
  });

  it("renders the form: heading, header over numbering row, inputs unlocked with validation, derived formulas locked", async () => {
    const wb = await load(await template("51", "2022-Y"));
    const s = wb.getWorksheet("PL01")!;
    expect(s.getCell("A1").value).toBe("TỈNH ỦY QUẢNG NGÃI");
    expect(s.getCell("A4").value).toBe("PL01. QUY HOẠCH CÁN BỘ");
    expect(s.getCell("A5").value).toBe("Kỳ báo cáo: năm 2022");
    expect(s.getCell("A6").value).toBe("Số liệu tính đến ngày …/…/……");
    expect([s.getCell("A8").value, s.getCell("B8").value, s.getCell("C8").value, s.getCell("D8").value]).toEqual([
      "STT",
      "Chỉ tiêu",
      "Mã số",
      "Tổng số (lượt)",
    ]);
    expect(s.getCell("D9").value).toBe("(1)");
    expect(s.getCell("C10").value).toBe("01");
    const input = s.getCell("D10");
    expect(input.protection?.locked).toBe(false);
    expect(input.dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0], showErrorMessage: true });
    expect(input.numFmt).toBe("[$-42A]#,##0");
    const derived = s.getCell("F10");
    expect(derived.formula).toBe('IF(N(D10)=0,"",ROUND(E10/D10*100,1))');
    expect(derived.protection?.locked).not.toBe(false);
    expect(s.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1, printTitlesRow: "8:9" });
    const bytes = await template("51", "2022-Y");
    const parts = unzipSync(bytes);
    const sheetXml = strFromU8(parts["xl/worksheets/sheet2.xml"]!);
    expect(sheetXml).toMatch(/<sheetProtection[^>]*sheet="1"/);
    expect(strFromU8(parts["xl/workbook.xml"]!)).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("pre-fills figures with the cached results Excel would compute", async () => {
    const wb = await load(await filledWorkbook("51", "2022-Y"));
    const s = wb.getWorksheet("PL02")!;
    expect(s.getCell("A7").value).toBe("(Cán bộ thuộc diện Ban Thường vụ tỉnh ủy, thành ủy quản lý)");
    const total = s.getCell("D11");
    expect(total.formula).toBe("SUM(D12,D19,D20)");
    const parts = ["D12", "D19", "D20"].map((a) => Number(s.getCell(a).result ?? s.getCell(a).value));
    expect(total.result).toBe(parts.reduce((a, b) => a + b, 0));
  });
});
