import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { META_SHEET, TEMPLATE_ID, metaRows } from "@phuluc/core";
import { addAnnexFormSheet } from "./annex-form-sheet.js";
import { addCoverageSheet } from "./coverage-sheet.js";
import { addFindingsSheet } from "./findings-sheet.js";
import type { NationalWorkbookInput } from "./national-input.js";
import { addPerUnitSheet } from "./per-unit-sheet.js";
import { addSummarySheet } from "./summary-sheet.js";

/**
 * The national workbook: the report sentences, coverage, findings, each
 * annex in its form shape with national figures, and each annex unit by
 * unit with group sub-totals. With `asUnit`, the annex sheets and `_meta`
 * name that unit, so the workbook is itself a submission one level up.
 */
export function buildNationalWorkbook(input: NationalWorkbookInput): ExcelJS.Workbook {
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
  for (const consolidated of result.annexes) {
    const annex = catalogue.annex(consolidated.code);
    if (annex) addPerUnitSheet(workbook, annex, consolidated, result);
  }
  if (input.asUnit) {
    const meta = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
    const rows = metaRows({
      template: TEMPLATE_ID,
      catalogueVersion: catalogue.version,
      unit: input.asUnit.code,
      unitName: input.asUnit.officialName,
      period: result.period.id,
      ...(input.cutOff ? { cutOff: input.cutOff } : {}),
      generatedAt,
    });
    for (const r of rows) meta.addRow(r);
  }
  return workbook;
}

/**
 * The national workbook as .xlsx bytes. exceljs writes the parts uncompressed
 * and fflate compresses them: its deflate is faster than the one exceljs
 * bundles, which matters for a cold command-line run.
 */
export async function writeNationalWorkbook(input: NationalWorkbookInput): Promise<Uint8Array> {
  const stored = await buildNationalWorkbook(input).xlsx.writeBuffer({ zip: { compression: "STORE" } } as Partial<ExcelJS.XlsxWriteOptions>);
  return zipSync(unzipSync(new Uint8Array(stored as ArrayBuffer)), { level: 6 });
}
