import type { Workbook } from "exceljs";
import ExcelJS from "../exceljs-bundle.js";
import {
  cellKey,
  META_SHEET,
  annexesDue,
  computeDerived,
  expectCatalogue,
  expectPeriod,
  expectRecord,
  expectUnit,
  formatVietnameseDate,
  layoutAnnex,
  metaRows,
  workbookMeta,
  periodLabel,
  readCell,
  type Annex,
  type Catalogue,
  type Decimal,
  type Period,
  type ReportingUnit,
  type Submission,
  type WorkbookMeta,
} from "@phuluc/core";
import { addGuideSheet } from "./guide-sheet.js";
import { addJustificationSheet } from "../justification/justification-sheet.js";
import { renderLayout, type CellFill } from "./render-layout.js";

export interface TemplateOptions {
  catalogue: Catalogue;
  unit: ReportingUnit;
  period: Period;
  /** Cut-off date, ISO; left for the officer to write when absent. */
  cutOff?: string;
  /** ISO timestamp written to `_meta`; now when absent. */
  generatedAt?: string;
  /**
   * Figures to pre-fill (sample workbooks, tests). Inputs are written as
   * given (numbers, or text as an officer might type it); derived cells keep
   * their formulas with the results Excel would compute, unless the cell is
   * given with `formula: false` (an officer typed over the formula).
   * Its justifications, if any, are written in the sheet "Giải trình".
   */
  figures?: Submission;
}

function fillsFor(annex: Annex, figures: Submission | undefined): Map<string, CellFill> | undefined {
  const data = figures?.annexes[annex.code];
  if (!data) return undefined;
  const inputs = new Map<string, Decimal>();
  const fills = new Map<string, CellFill>();
  for (const spec of annex.index.cells) {
    const key = cellKey(spec.row.code, spec.column.number);
    const cell = data.cells[key];
    if (!cell || annex.derivedBy.has(key)) continue;
    const raw = cell.value;
    const value = typeof raw === "number" || typeof raw === "string" ? raw : null;
    fills.set(key, { value, ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}) });
    const read = readCell(cell.numberFormat === undefined ? { value: raw } : { value: raw, numberFormat: cell.numberFormat }, spec.kind);
    if (read.ok && !read.read.empty) inputs.set(key, read.read.value);
  }
  const derived = computeDerived(annex, inputs);
  for (const key of annex.derivedBy.keys()) {
    const cell = data.cells[key];
    if (cell?.formula === false) {
      const raw = cell.value;
      fills.set(key, {
        value: typeof raw === "number" || typeof raw === "string" ? raw : null,
        overwrite: true,
        ...(cell.numberFormat ? { numberFormat: cell.numberFormat } : {}),
      });
      continue;
    }
    const v = derived.get(key);
    fills.set(key, { result: v === undefined ? null : v === null ? "" : v.toNumber(), ...(cell?.numberFormat ? { numberFormat: cell.numberFormat } : {}) });
  }
  return fills;
}

/** The metadata a template carries in its very hidden `_meta` sheet. */
export function templateMeta(options: TemplateOptions): WorkbookMeta {
  return workbookMeta({
    catalogueId: options.catalogue.id,
    catalogueVersion: options.catalogue.version,
    unit: options.unit,
    period: options.period,
    ...(options.cutOff ? { cutOff: options.cutOff } : {}),
    generatedAt: options.generatedAt ?? new Date().toISOString(),
  });
}

/**
 * One workbook per unit and period: a guide sheet, then a sheet per annex
 * due (named by its code) rendered from core's form layout, the sheet
 * "Giải trình" for justifying warnings, plus the very hidden `_meta` sheet. Excel recalculates fully on load so formula cells get values.
 */
export function buildTemplate(options: TemplateOptions): Workbook {
  expectRecord("buildTemplate", "options", options);
  expectCatalogue("buildTemplate", "options.catalogue", options.catalogue);
  expectUnit("buildTemplate", "options.unit", options.unit);
  expectPeriod("buildTemplate", "options.period", options.period);
  const { catalogue, unit, period } = options;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "phuluc";
  workbook.calcProperties.fullCalcOnLoad = true;
  const meta = templateMeta(options);
  workbook.created = new Date(meta.generatedAt);
  workbook.modified = workbook.created;
  const due = annexesDue(catalogue, period.kind, unit.kind);
  addGuideSheet(workbook, unit, period, due, options.cutOff);
  for (const annex of due) {
    const sheet = workbook.addWorksheet(annex.code, { properties: { tabColor: { argb: "FF1F4E79" } } });
    const layout = layoutAnnex(annex, {
      unitName: unit.officialName,
      periodLabel: periodLabel(period),
      ...(options.cutOff ? { cutOff: formatVietnameseDate(options.cutOff) } : {}),
    });
    renderLayout(sheet, layout, fillsFor(annex, options.figures));
  }
  addJustificationSheet(workbook, options.figures?.justifications);
  const metaSheet = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  for (const [key, value] of metaRows(meta)) metaSheet.addRow([key, value]);
  return workbook;
}

/** The template as .xlsx bytes. */
export async function writeTemplate(options: TemplateOptions): Promise<Uint8Array> {
  const buffer = await buildTemplate(options).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
