import type { SheetProtection } from "../workbook/annex-read.js";
import type { SheetPaint } from "../workbook/highlight-plan.js";
import { DERIVED_FILL, MARK_FILLS } from "../workbook/role-format.js";

/**
 * Why marks keep the officer's undo history.
 *
 * Microsoft's "Undo capabilities with the Excel JavaScript API" lists
 * `WorksheetProtection.protect` and `unprotect` among the calls that clear the
 * user's undo stack on every platform, and on hosts before ExcelApi 1.20 other
 * writes clear it too. So:
 *
 * - The annex sheets are protected ONCE, when they are created, with
 *   `allowFormatCells` (see FORM_PROTECTION): the fill of a locked cell can be
 *   changed without lifting the protection, so painting never calls
 *   protect/unprotect. Derived cells stay locked: their formulas cannot be
 *   typed over.
 * - A sheet protected without formatting allowed (a password the officer set,
 *   or a workbook made elsewhere) is left alone: it is skipped, never
 *   unprotected, and the pane says it could not be marked.
 * - On hosts where writes clear the undo stack (before ExcelApi 1.20), marks
 *   are drawn only when the officer asks ("Kiểm tra toàn bộ", export), never in
 *   reaction to an edit; the list of findings still follows every edit. The
 *   session decides that from `HostInfo.writesKeepUndo`.
 */

/** Sheets that could not be painted because their protection forbids formatting. */
export interface PaintResult {
  refused: string[];
}

/** A sheet whose protection lets the add-in change fills without lifting it. */
export function paintable(guard: SheetProtection | undefined): boolean {
  return guard?.protected !== true || guard.options.allowFormatCells === true;
}

/**
 * Paints highlights in ONE write sync: per sheet one RangeAreas per mark and
 * one per restored role, never a call per cell, never a protection call.
 */
export async function paintCells(
  context: Excel.RequestContext,
  paints: readonly SheetPaint[],
  protection: ReadonlyMap<string, SheetProtection>,
): Promise<PaintResult> {
  const refused: string[] = [];
  const sheets = context.workbook.worksheets;
  let queued = false;
  for (const paint of paints) {
    if (!paintable(protection.get(paint.sheet))) {
      refused.push(paint.sheet);
      continue;
    }
    const sheet = sheets.getItem(paint.sheet);
    if (paint.restore.input.length > 0) sheet.getRanges(paint.restore.input.join(",")).format.fill.clear();
    if (paint.restore.derived.length > 0) sheet.getRanges(paint.restore.derived.join(",")).format.fill.color = DERIVED_FILL;
    for (const mark of ["related", "warning", "error"] as const) {
      const cells = paint.mark[mark];
      if (cells.length > 0) sheet.getRanges(cells.join(",")).format.fill.color = MARK_FILLS[mark];
    }
    queued = true;
  }
  if (queued) await context.sync();
  return { refused };
}
