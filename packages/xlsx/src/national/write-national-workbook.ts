import type { Workbook, XlsxWriteOptions } from "exceljs";
import ExcelJS from "../exceljs-bundle.js";
import { unzipSync, zipSync } from "fflate";
import { META_SHEET, metaRows, workbookMeta } from "@phuluc/core";
import { addAnnexFormSheet } from "./annex-form-sheet.js";
import { addCoverageSheet } from "./coverage-sheet.js";
import { addFindingsSheet } from "./findings-sheet.js";
import type { NationalWorkbookInput } from "./national-input.js";
import { expandTables } from "./expand-tables.js";
import { addPerUnitSheet } from "./per-unit-sheet.js";
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

  addSummarySheet(workbook, result, input.sentences, input.cutOff);
  addCoverageSheet(workbook, result, input.files);
  addFindingsSheet(workbook, catalogue, result, input.findings);
  const unitName = input.asUnit?.officialName ?? input.consolidatorName ?? "Ban Tổ chức Trung ương";
  for (const consolidated of result.annexes) {
    const annex = catalogue.annex(consolidated.code);
    if (annex) addAnnexFormSheet(workbook, annex, consolidated, { unitName, period: result.period, ...(input.cutOff ? { cutOff: input.cutOff } : {}) });
  }
  const tables: WrittenTable[] = [];
  for (const consolidated of result.annexes) {
    const annex = catalogue.annex(consolidated.code);
    if (annex) tables.push(addPerUnitSheet(workbook, annex, consolidated, result));
  }
  if (input.asUnit) {
    const meta = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
    const rows = metaRows(
      workbookMeta({ catalogueVersion: catalogue.version, unit: input.asUnit, period: result.period, ...(input.cutOff ? { cutOff: input.cutOff } : {}), generatedAt }),
    );
    for (const r of rows) meta.addRow(r);
  }
  return { workbook, tables };
}

/**
 * The national workbook as .xlsx bytes. exceljs writes the parts uncompressed,
 * the per-unit tables get their full bodies, and fflate compresses (faster
 * than the deflate exceljs bundles, which matters for a cold run).
 */
export async function writeNationalWorkbook(input: NationalWorkbookInput): Promise<Uint8Array> {
  const { workbook, tables } = buildNationalWorkbook(input);
  const stored = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as Partial<XlsxWriteOptions>);
  const parts = unzipSync(new Uint8Array(stored as ArrayBuffer));
  expandTables(parts, tables);
  return zipSync(parts, { level: 6 });
}
