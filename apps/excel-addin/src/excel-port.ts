import type { AnnexPlan } from "./workbook/annex-plan.js";
import type { AnnexRead, SheetProtection } from "./workbook/annex-read.js";
import type { SheetPaint } from "./workbook/highlight-plan.js";
import type { RenderPlan } from "./workbook/render-plan.js";
import type { WorkbookSurvey } from "./workbook/workbook-kind.js";

/** What the host can do, checked once at start. */
export interface HostInfo {
  /** Running inside Excel (not another Office application, not a plain browser). */
  excel: boolean;
  /** ExcelApi 1.9, the set the manifest requires. */
  apiSupported: boolean;
  /** ExcelApi 1.14: change events say when this add-in caused them. */
  ownEventsTagged: boolean;
  /** The File API (`getFileAsync`) is there. */
  fileApi: boolean;
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
  /** Highlights (RangeAreas per sheet and mark): one write sync; false when a sheet refused (password). */
  paint(paints: readonly SheetPaint[], protection: ReadonlyMap<string, SheetProtection>): Promise<boolean>;
  writeMeta(metaRows: readonly (readonly [string, string])[]): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
  /** Calls `listener` on data edits by the officer (not the add-in's own, when Excel tells). */
  watch(listener: (change: DataChange) => void): Promise<void>;
  /** The workbook as .xlsx bytes. */
  fileBytes(): Promise<Uint8Array>;
}
