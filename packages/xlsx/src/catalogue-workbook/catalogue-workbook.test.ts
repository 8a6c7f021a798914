import { CATALOGUE_2022_1_DATA, CATALOGUE_2025_2_DATA } from "@phuluc/core";
import { describe, expect, it } from "vitest";
import ExcelJS from "../exceljs-bundle.js";
import { readCatalogueWorkbook, writeCatalogueWorkbook } from "./catalogue-workbook.js";

async function edit(bytes: Uint8Array, change: (workbook: InstanceType<typeof ExcelJS.Workbook>) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  change(workbook);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("catalogue workbook", () => {
  it.each([
    ["2022.1", CATALOGUE_2022_1_DATA],
    ["2025.2", CATALOGUE_2025_2_DATA],
  ])("round trip of %s is exact: to-xlsx then from-xlsx gives the same JSON", async (_, doc) => {
    const back = readCatalogueWorkbook(await writeCatalogueWorkbook(doc));
    expect(back.issues).toEqual([]);
    expect(back.document).toEqual(doc);
  });

  it("names the sheet and cell of what does not fit, in Vietnamese", async () => {
    const bytes = await edit(await writeCatalogueWorkbook(CATALOGUE_2025_2_DATA), (wb) => {
      const rows = wb.getWorksheet("Dòng")!;
      rows.getCell("E3").value = "hai";
      rows.getCell("A4").value = "PL99";
      wb.getWorksheet("Cột")!.getCell("J1").value = "color";
      wb.removeWorksheet(wb.getWorksheet("Câu báo cáo")!.id);
    });
    const back = readCatalogueWorkbook(bytes);
    expect(back.issues).toEqual([
      {
        sheet: "Cột",
        cell: "J1",
        message: 'cột "color" không có trong mẫu; các cột: annex, section, number, header, kind, unit, decimals.min, decimals.max, decimals.default',
      },
      { sheet: "Câu báo cáo", message: 'thiếu trang "Câu báo cáo"' },
      { sheet: "Dòng", cell: "E3", message: 'level cần một số, đang ghi "hai"' },
      { sheet: "Dòng", cell: "A4", message: 'phụ lục PL99 không có ở trang "Phụ lục"' },
    ]);
  });

  it("finds the cell of a problem the catalogue check reports by its path", async () => {
    const back = readCatalogueWorkbook(await writeCatalogueWorkbook(CATALOGUE_2022_1_DATA));
    expect(back.locator.locate("annexes[1].sections[0].rows[2].label")).toEqual({ sheet: "Dòng", cell: "D7" }); // PL01 has rows 2–4
    expect(back.locator.locate("annexes[0].sections[0].columns[2].decimals.min")).toEqual({ sheet: "Cột", cell: "G4" });
    expect(back.locator.locate("PL02.rules[0]")).toEqual({ sheet: "Quy tắc", cell: `A${String(back.locator.locate("annexes[1].rules[0]")?.cell?.slice(1))}` });
    expect(back.locator.locate("validTo")).toEqual({ sheet: "Danh mục", cell: "A8" });
  });
});
