import type { XlsxWriteOptions } from "exceljs";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import { drawNationalWorkbook } from "../national/draw-national-workbook.js";
import { expandedSheet } from "../national/expand-tables.js";
import type { NationalWorkbookInput } from "../national/national-input.js";
import { ZipWriter, portableCompression } from "../zip-writer/index.js";

/**
 * The national workbook as it was written before the sheet writer: the same
 * drawing on an exceljs Workbook, written by exceljs uncompressed, then
 * re-zipped with the per-unit tables expanded. The tests compare the sheet
 * writer's workbook with this one.
 */
export async function writeNationalWorkbookThroughExceljs(input: NationalWorkbookInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const tables = drawNationalWorkbook(workbook, input);
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as Partial<XlsxWriteOptions>);
  const parts = unzipSync(new Uint8Array(stored as ArrayBuffer));
  const byPart = new Map(tables.map((t) => [`xl/worksheets/sheet${t.sheetId}.xml`, t]));
  const zip = new ZipWriter(portableCompression, input.generatedAt);
  for (const [name, bytes] of Object.entries(parts)) {
    const table = byPart.get(name);
    await zip.add(name, table ? expandedSheet(strFromU8(bytes), table) : bytes);
  }
  return zip.finish();
}
