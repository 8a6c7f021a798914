import type { AnnexSubmission, RawValue, Submission, SubmissionCell, WorkbookMeta } from "@phuluc/core";
import type { AnnexPlan } from "./annex-plan.js";
import type { AnnexRead } from "./annex-read.js";

/** Excel's name for "no format"; the figures carry no format then. */
const GENERAL = /^general$/i;

function rawValue(value: unknown, valueType: string | undefined): RawValue {
  if (valueType === "Empty" || value === undefined || value === null) return null;
  if (valueType === "Error") return { error: String(value) };
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * One annex's cells as core reads them: the raw value (a percent cell's value
 * is the fraction when its format is a % format), the Excel format code that
 * tells the written decimals, the address with its sheet, and whether a
 * formula fills it. Text as Excel displays it is never used.
 */
export function annexFromRead(plan: AnnexPlan, read: AnnexRead): AnnexSubmission {
  const cells: Record<string, SubmissionCell> = {};
  for (const cell of plan.cells) {
    const value = read.values[cell.rowOffset]?.[cell.columnOffset];
    const type = read.valueTypes[cell.rowOffset]?.[cell.columnOffset];
    const format = read.numberFormat[cell.rowOffset]?.[cell.columnOffset];
    const formula = read.formulas[cell.rowOffset]?.[cell.columnOffset];
    const out: SubmissionCell = { value: rawValue(value, type), address: `${plan.sheet}!${cell.address}` };
    if (typeof format === "string" && format !== "" && !GENERAL.test(format)) out.numberFormat = format;
    if (typeof formula === "string" && formula.startsWith("=")) out.formula = true;
    cells[cell.key] = out;
  }
  return { code: plan.code, sheet: plan.sheet, cells };
}

/** The whole submission from the annexes read so far (sheets not found are left out). */
export function submissionFromReads(meta: WorkbookMeta, plans: readonly AnnexPlan[], reads: ReadonlyMap<string, AnnexRead>): Submission {
  const annexes: Record<string, AnnexSubmission> = {};
  for (const plan of plans) {
    const read = reads.get(plan.code);
    if (read?.found) annexes[plan.code] = annexFromRead(plan, read);
  }
  return {
    unit: meta.unit,
    period: meta.period,
    ...(meta.cutOff ? { cutOff: meta.cutOff } : {}),
    catalogueVersion: meta.catalogueVersion,
    annexes,
  };
}
