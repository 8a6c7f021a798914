import type { AnnexPlan } from "../workbook/annex-plan.js";
import type { AnnexRead } from "../workbook/annex-read.js";

/** The protection options Excel knows; anything else a host returns is dropped. */
const OPTION_KEYS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
] as const;

/** Loaded options can hold nulls, which `protect()` refuses: keep set values only. */
function protectOptions(options: object | null | undefined): Record<string, unknown> {
  const source = (options ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) {
    const value = source[key];
    if (value !== null && value !== undefined) out[key] = value;
  }
  return out;
}

/**
 * Reads every planned annex range in ONE sync: values, number formats, value
 * types and formulas in one batch, with each sheet's protection. Sheets named
 * in `missing` are skipped and reported as not found.
 */
export async function readAnnexes(context: Excel.RequestContext, plans: readonly AnnexPlan[], missing: ReadonlySet<string> = new Set()): Promise<AnnexRead[]> {
  const sheets = context.workbook.worksheets;
  const queued = plans.map((plan) => {
    if (missing.has(plan.sheet)) return { plan };
    const sheet = sheets.getItem(plan.sheet);
    const range = sheet.getRange(plan.range).load("values,numberFormat,valueTypes,formulas");
    const protection = sheet.protection.load("protected,options");
    return { plan, range, protection };
  });
  await context.sync();
  return queued.map(({ plan, range, protection }) =>
    range && protection
      ? {
          code: plan.code,
          sheet: plan.sheet,
          found: true,
          values: range.values,
          numberFormat: range.numberFormat,
          valueTypes: range.valueTypes as string[][],
          formulas: range.formulas,
          protection: { protected: protection.protected, options: protectOptions(protection.options) },
        }
      : {
          code: plan.code,
          sheet: plan.sheet,
          found: false,
          values: [],
          numberFormat: [],
          valueTypes: [],
          formulas: [],
          protection: { protected: false, options: {} },
        },
  );
}

/** Names of the workbook's sheets: one sync, used only after a read failed on a missing sheet. */
export async function sheetNames(context: Excel.RequestContext): Promise<Set<string>> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return new Set(sheets.items.map((s) => s.name));
}
