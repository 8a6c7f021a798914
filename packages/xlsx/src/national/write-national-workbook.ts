import type { NationalWorkbookInput } from "./national-input.js";
import { WrittenWorkbook } from "../sheet-writer/index.js";
import { ZipWriter, portableCompression, type ZipCompression } from "../zip-writer/index.js";
import { drawNationalWorkbook } from "./draw-national-workbook.js";
import { expandedSheet } from "./expand-tables.js";

export interface NationalWriteOptions {
  /** How parts are compressed; portable by default (Node callers pass zlib's). */
  compression?: ZipCompression;
}

const encoder = new TextEncoder();

/**
 * The national workbook as .xlsx bytes, written by the package's own sheet
 * writer (no exceljs): the sheets are drawn with one carrier row per kind
 * in the per-unit tables; each part is then made and compressed in turn,
 * the per-unit tables getting their full bodies as they are compressed, so
 * no large table is ever whole in memory.
 */
export async function writeNationalWorkbook(input: NationalWorkbookInput, options: NationalWriteOptions = {}): Promise<Uint8Array> {
  const workbook = new WrittenWorkbook();
  const tables = drawNationalWorkbook(workbook, input);
  const bySheet = new Map(tables.map((t) => [t.sheetId, t]));
  const zip = new ZipWriter(options.compression ?? portableCompression, input.generatedAt);
  for (const part of workbook.parts()) {
    const table = part.sheet ? bySheet.get(part.sheet.id) : undefined;
    await zip.add(part.name, table ? expandedSheet(part.xml, table) : encoder.encode(part.xml));
    if (table) bySheet.delete(table.sheetId);
  }
  const missing = [...bySheet.keys()];
  if (missing.length > 0) throw new Error(`no sheet part ${missing.join(", ")}`);
  return zip.finish();
}
