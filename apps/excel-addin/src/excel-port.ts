import type { JustificationCell } from "@phuluc/core";
import type { AnnexPlan } from "./workbook/annex-plan.js";
import type { AnnexRead, SheetProtection } from "./workbook/annex-read.js";
import type { SheetPaint } from "./workbook/highlight-plan.js";
import type { RenderPlan } from "./workbook/render-plan.js";
import type { JustificationSheetRead } from "./workbook/justification-read.js";
import type { WorkbookSurvey } from "./workbook/workbook-kind.js";

/** What the host can do, checked once at start. */
export interface HostInfo {
  /** Running inside Excel (not another Office application, not a plain browser). */
  excel: boolean;
  /** ExcelApi 1.9, the set the manifest requires. */
  apiSupported: boolean;
  /** ExcelApi 1.14: change events say when this add-in caused them. */
  ownEventsTagged: boolean;
  /**
   * The workbook can be had as .xlsx bytes: `getFileAsync(Compressed)` needs
   * the CompressedFile requirement set (File alone may give only PDF, as in
   * Excel on the web).
   */
  fileApi: boolean;
  /**
   * ExcelApi 1.20: the add-in's writes are kept in the officer's undo history.
   * Before it, writes clear that history, so marks are drawn only when asked.
   */
  writesKeepUndo: boolean;
  /** `PC`, `Mac`, `OfficeOnline`, … */
  platform: string;
}

/** A data edit on a sheet, as Excel reported it. */
export interface DataChange {
  sheet: string;
  address: string;
}

/**
 * Everything the task pane asks of Excel. The Office.js implementation lives
 * in `excel-adapter/`, the only code that touches `Excel.*` and `Office.*`.
 */
export interface ExcelPort {
  host(): Promise<HostInfo>;
  survey(): Promise<WorkbookSurvey>;
  /** Draws the annex sheets and the very hidden `_meta` sheet, in one batch. */
  createAnnexes(plans: readonly RenderPlan[], metaRows: readonly (readonly [string, string])[]): Promise<void>;
  /** Values, formats, value types and formulas of the annex data ranges: one read sync. */
  readAnnexes(plans: readonly AnnexPlan[]): Promise<AnnexRead[]>;
  /**
   * Highlights (RangeAreas per sheet and mark): at most one write sync, never a
   * protection call. Returns the sheets whose protection forbids formatting
   * (left unmarked); any other failure is thrown as it is.
   */
  paint(paints: readonly SheetPaint[], protection: ReadonlyMap<string, SheetProtection>): Promise<{ refused: string[] }>;
  writeMeta(metaRows: readonly (readonly [string, string])[]): Promise<void>;
  /** The lines of the sheet "Giải trình", in one read sync (found false when the workbook has none). */
  readJustificationSheet(): Promise<JustificationSheetRead>;
  /** Writes these cells of the sheet "Giải trình" (one justification's line), in one write sync. */
  writeJustification(cells: readonly JustificationCell[]): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
  /** Calls `listener` on data edits by the officer (not the add-in's own, when Excel tells). */
  watch(listener: (change: DataChange) => void): Promise<void>;
  /** The workbook as .xlsx bytes. */
  fileBytes(): Promise<Uint8Array>;
}

/**
 * Why Excel refused, when the cause is the workbook's state or what the
 * officer is doing, not the add-in: a protected workbook or sheet, a cell
 * being edited, a sheet deleted, renamed or hidden, a host that will not give
 * the file.
 */
export type RefusalReason = "protection" | "cell-edit" | "missing-sheet" | "hidden-sheet" | "file-refused";

/**
 * Thrown by the port for those refusals only; the officer is told what to do.
 * Anything else the port throws is a fault of the add-in, shown as such with
 * a detail to copy, never as the officer's or the file's fault.
 */
export class ExcelRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    override readonly cause: unknown,
  ) {
    super(`Excel refused (${reason}): ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "ExcelRefusal";
  }
}
