import { META_SHEET, coverageSentences, metaRows, workbookMeta } from "@phuluc/core";
import { addJustifiedSheet } from "../justification/justified-sheet.js";
import type { DrawnWorkbook } from "../sheet-writer/index.js";
import { addAnnexFormSheet } from "./annex-form-sheet.js";
import { addCoverageSheet } from "./coverage-sheet.js";
import { addFindingsSheet } from "./findings-sheet.js";
import type { NationalWorkbookInput } from "./national-input.js";
import { addPerUnitSheet } from "./per-unit-sheet.js";
import { COVERAGE_SHEET } from "./sheet-names.js";
import { addSummarySheet } from "./summary-sheet.js";
import type { WrittenTable } from "./written-table.js";

/**
 * The national workbook: the report sentences, coverage, findings, each
 * annex in its form shape with national figures, and each annex unit by
 * unit with group sub-totals. With `asUnit`, the annex sheets and `_meta`
 * name that unit, so the workbook is itself a submission one level up.
 * Drawn on any DrawnWorkbook (the sheet writer, or exceljs in the tests);
 * returns the large tables whose bodies are written as the parts are compressed.
 */
export function drawNationalWorkbook(workbook: DrawnWorkbook, input: NationalWorkbookInput): WrittenTable[] {
  const { catalogue, result } = input;
  workbook.creator = "phuluc";
  workbook.calcProperties.fullCalcOnLoad = true;
  const generatedAt = input.generatedAt ?? new Date().toISOString();
  workbook.created = new Date(generatedAt);
  workbook.modified = workbook.created;

  const tables: WrittenTable[] = [];
  addSummarySheet(workbook, result, input.sentences, input.cutOff);
  tables.push(addCoverageSheet(workbook, result, input.files));
  // Justified warnings are listed apart, with the unit's text.
  const findings = addFindingsSheet(
    workbook,
    catalogue,
    result,
    input.findings.filter((f) => !f.finding.justification),
  );
  if (findings) tables.push(findings);
  addJustifiedSheet(
    workbook,
    catalogue,
    result,
    input.findings.filter((f) => f.finding.justification),
  );
  const unitName = input.asUnit?.officialName ?? input.consolidatorName ?? "Ban Tổ chức Trung ương";
  // The coverage line only: the units' names are listed on the coverage sheet (10,000 communes do not fit under a table).
  const coverage = [...coverageSentences(result, input.cutOff).slice(0, 1), `Tình hình nộp báo cáo của từng đơn vị: xem trang "${COVERAGE_SHEET}".`];
  for (const consolidated of result.annexes) {
    const annex = catalogue.annex(consolidated.code);
    if (annex)
      addAnnexFormSheet(workbook, annex, consolidated, {
        unitName,
        period: result.period,
        coverage,
        notes: catalogue.nationalNotes,
        ...(input.cutOff ? { cutOff: input.cutOff } : {}),
      });
  }
  for (const consolidated of result.annexes) {
    const annex = catalogue.annex(consolidated.code);
    if (annex)
      tables.push(
        addPerUnitSheet(
          workbook,
          annex,
          consolidated,
          result,
          { coverage: coverage[0] ?? "", ...(input.cutOff ? { cutOff: input.cutOff } : {}) },
          input.unitFigures,
        ),
      );
  }
  // `_meta` on every national workbook: read back as the previous period, it says its period and catalogue.
  // With `asUnit` it is that unit's return one level up; else the consolidating body's.
  const meta = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  const metaUnit = input.asUnit ?? { code: "", officialName: unitName };
  const rows = metaRows(
    workbookMeta({
      catalogueId: catalogue.id,
      catalogueVersion: catalogue.version,
      unit: metaUnit,
      period: result.period,
      ...(input.cutOff ? { cutOff: input.cutOff } : {}),
      generatedAt,
    }),
  );
  for (const r of rows) meta.addRow(r);
  return tables;
}
