import type { Workbook, XlsxWriteOptions } from "exceljs";
import ExcelJS from "../exceljs-bundle.js";
import { unzipSync } from "fflate";
import { META_SHEET, coverageSentences, metaRows, workbookMeta } from "@phuluc/core";
import { addAnnexFormSheet } from "./annex-form-sheet.js";
import { addCoverageSheet } from "./coverage-sheet.js";
import { addFindingsSheet } from "./findings-sheet.js";
import { addJustifiedSheet } from "../justification/justified-sheet.js";
import type { NationalWorkbookInput } from "./national-input.js";
import { expandedSheet } from "./expand-tables.js";
import { ZipWriter, portableCompression, type ZipCompression } from "../zip-writer/index.js";
import { addPerUnitSheet } from "./per-unit-sheet.js";
import { COVERAGE_SHEET } from "./sheet-names.js";
import { addSummarySheet } from "./summary-sheet.js";
import type { WrittenTable } from "./written-table.js";

/**
 * The national workbook: the report sentences, coverage, findings, each
 * annex in its form shape with national figures, and each annex unit by
 * unit with group sub-totals. With `asUnit`, the annex sheets and `_meta`
 * name that unit, so the workbook is itself a submission one level up.
 */
export function buildNationalWorkbook(input: NationalWorkbookInput): { workbook: Workbook; tables: WrittenTable[] } {
  const { catalogue, result } = input;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "phuluc";
  workbook.calcProperties.fullCalcOnLoad = true;
  const generatedAt = input.generatedAt ?? new Date().toISOString();
  workbook.created = new Date(generatedAt);
  workbook.modified = workbook.created;

  const tables: WrittenTable[] = [];
  addSummarySheet(workbook, result, input.sentences, input.cutOff);
  tables.push(addCoverageSheet(workbook, result, input.files));
  // Justified warnings are listed apart, with the unit's text.
  const findings = addFindingsSheet(workbook, catalogue, result, input.findings.filter((f) => !f.finding.justification));
  if (findings) tables.push(findings);
  addJustifiedSheet(workbook, catalogue, result, input.findings.filter((f) => f.finding.justification));
  const unitName = input.asUnit?.officialName ?? input.consolidatorName ?? "Ban Tổ chức Trung ương";
  // The coverage line only: the units' names are listed on the coverage sheet (10,000 communes do not fit under a table).
  const coverage = [...coverageSentences(result, input.cutOff).slice(0, 1), `Tình hình nộp báo cáo của từng đơn vị: xem trang "${COVERAGE_SHEET}".`];
  for (const consolidated of result.annexes) {
    const annex = catalogue.annex(consolidated.code);
    if (annex) addAnnexFormSheet(workbook, annex, consolidated, { unitName, period: result.period, coverage, notes: catalogue.nationalNotes, ...(input.cutOff ? { cutOff: input.cutOff } : {}) });
  }
  for (const consolidated of result.annexes) {
    const annex = catalogue.annex(consolidated.code);
    if (annex) tables.push(addPerUnitSheet(workbook, annex, consolidated, result, { coverage: coverage[0] ?? "", ...(input.cutOff ? { cutOff: input.cutOff } : {}) }, input.unitFigures));
  }
  // `_meta` on every national workbook: read back as the previous period, it says its period and catalogue.
  // With `asUnit` it is that unit's return one level up; else the consolidating body's.
  const meta = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  const metaUnit = input.asUnit ?? { code: "", officialName: unitName };
  const rows = metaRows(
    workbookMeta({ catalogueId: catalogue.id, catalogueVersion: catalogue.version, unit: metaUnit, period: result.period, ...(input.cutOff ? { cutOff: input.cutOff } : {}), generatedAt }),
  );
  for (const r of rows) meta.addRow(r);
  return { workbook, tables };
}

/** The workbook's parts as exceljs writes them, uncompressed (the exceljs model and buffer are let go on return). */
async function storedParts(input: NationalWorkbookInput): Promise<{ parts: Record<string, Uint8Array>; tables: WrittenTable[] }> {
  const { workbook, tables } = buildNationalWorkbook(input);
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as Partial<XlsxWriteOptions>);
  return { parts: unzipSync(new Uint8Array(stored as ArrayBuffer)), tables };
}

export interface NationalWriteOptions {
  /** How parts are compressed; portable by default (Node callers pass zlib's). */
  compression?: ZipCompression;
}

/**
 * The national workbook as .xlsx bytes. exceljs writes the parts
 * uncompressed, with one carrier row per kind in the per-unit tables; each
 * part is then compressed in turn, the per-unit tables getting their full
 * bodies as they are compressed, so no large table is ever whole in memory.
 */
export async function writeNationalWorkbook(input: NationalWorkbookInput, options: NationalWriteOptions = {}): Promise<Uint8Array> {
  const { parts, tables } = await storedParts(input);
  const byPart = new Map(tables.map((t) => [`xl/worksheets/sheet${t.sheetId}.xml`, t]));
  const zip = new ZipWriter(options.compression ?? portableCompression, input.generatedAt);
  for (const name of Object.keys(parts)) {
    const bytes = parts[name] as Uint8Array;
    // Each part is let go once compressed.
    delete parts[name];
    const table = byPart.get(name);
    await zip.add(name, table ? expandedSheet(bytes, table) : bytes);
    byPart.delete(name);
  }
  const missing = [...byPart.keys()];
  if (missing.length > 0) throw new Error(`exceljs wrote no part ${missing.join(", ")}`);
  return zip.finish();
}
