import type { SheetProtection } from "../workbook/annex-read.js";
import type { SheetPaint } from "../workbook/highlight-plan.js";
import { DERIVED_FILL, MARK_FILLS } from "../workbook/role-format.js";

/**
 * Paints highlights in ONE write sync: per sheet one RangeAreas per mark and
 * one per restored role, never a call per cell. A protected sheet is
 * unprotected around the painting and protected again with its own options,
 * in the same batch.
 */
export async function paintCells(
  context: Excel.RequestContext,
  paints: readonly SheetPaint[],
  protection: ReadonlyMap<string, SheetProtection>,
): Promise<void> {
  if (paints.length === 0) return;
  const sheets = context.workbook.worksheets;
  for (const paint of paints) {
    const sheet = sheets.getItem(paint.sheet);
    const guard = protection.get(paint.sheet);
    const unlock = guard?.protected === true && guard.options.allowFormatCells !== true;
    if (unlock) sheet.protection.unprotect();
    if (paint.restore.input.length > 0) sheet.getRanges(paint.restore.input.join(",")).format.fill.clear();
    if (paint.restore.derived.length > 0) sheet.getRanges(paint.restore.derived.join(",")).format.fill.color = DERIVED_FILL;
    for (const mark of ["related", "warning", "error"] as const) {
      const cells = paint.mark[mark];
      if (cells.length > 0) sheet.getRanges(cells.join(",")).format.fill.color = MARK_FILLS[mark];
    }
    if (unlock) sheet.protection.protect(guard.options as Excel.WorksheetProtectionOptions);
  }
  await context.sync();
}
