import { META_SHEET } from "@phuluc/core";
import type { DataChange, ExcelPort, HostInfo } from "../excel-port.js";
import type { AnnexPlan } from "../workbook/annex-plan.js";
import type { AnnexRead, SheetProtection } from "../workbook/annex-read.js";
import type { SheetPaint } from "../workbook/highlight-plan.js";
import type { RenderPlan } from "../workbook/render-plan.js";
import type { WorkbookSurvey } from "../workbook/workbook-kind.js";
import { autoOpenWithDocument } from "./auto-open.js";
import { createAnnexes } from "./create-annexes.js";
import { fileBytes } from "./file-bytes.js";
import { writeMeta } from "./meta-sheet.js";
import { officeHost } from "./office-host.js";
import { paintCells } from "./paint-cells.js";
import { readAnnexes, sheetNames } from "./read-annexes.js";
import { selectCell } from "./select-cell.js";
import { surveyWorkbook } from "./survey-workbook.js";
import { watchChanges } from "./watch-changes.js";

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

function isItemNotFound(error: unknown): boolean {
  return errorCode(error) === "ItemNotFound";
}

/**
 * Excel's answer when a protected sheet refuses a change (`Excel.ErrorCodes.accessDenied`).
 * Only this is reported to the officer as protection; anything else is a fault of the add-in.
 */
export function isProtectionError(error: unknown): boolean {
  return errorCode(error) === "AccessDenied";
}

/** The task pane's access to Excel through Office.js; each call is one `Excel.run` batch. */
export class OfficeExcelPort implements ExcelPort {
  private info: HostInfo | undefined;
  private lastSurvey: WorkbookSurvey | undefined;

  async host(): Promise<HostInfo> {
    this.info ??= await officeHost();
    return this.info;
  }

  async survey(): Promise<WorkbookSurvey> {
    this.lastSurvey = await Excel.run((context) => surveyWorkbook(context));
    return this.lastSurvey;
  }

  async createAnnexes(plans: readonly RenderPlan[], metaRows: readonly (readonly [string, string])[]): Promise<void> {
    const sheets = this.lastSurvey?.sheets ?? [];
    const annexSheets = new Set(plans.map((p) => p.sheet.toLowerCase()));
    const leftovers = sheets.filter((s) => annexSheets.has(s.name.toLowerCase())).map((s) => s.name);
    const blankSheets = sheets.filter((s) => s.empty && s.visibility === "Visible" && !leftovers.includes(s.name)).map((s) => s.name);
    const hasMeta = sheets.some((s) => s.name === META_SHEET);
    await Excel.run((context) => createAnnexes(context, plans, metaRows, { blankSheets, leftovers, hasMeta }));
    await autoOpenWithDocument().catch(() => undefined);
  }

  async readAnnexes(plans: readonly AnnexPlan[]): Promise<AnnexRead[]> {
    try {
      return await Excel.run((context) => readAnnexes(context, plans));
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
      // A sheet was deleted or renamed: read what is there, report the rest as not found.
      return Excel.run(async (context) => {
        const names = await sheetNames(context);
        return readAnnexes(context, plans, new Set(plans.map((p) => p.sheet).filter((s) => !names.has(s))));
      });
    }
  }

  async paint(paints: readonly SheetPaint[], protection: ReadonlyMap<string, SheetProtection>): Promise<{ refused: string[] }> {
    if (paints.length === 0) return { refused: [] };
    try {
      return await Excel.run((context) => paintCells(context, paints, protection));
    } catch (error) {
      // A sheet protected since it was read: nothing else is called protection.
      if (isProtectionError(error)) return { refused: paints.map((p) => p.sheet) };
      throw error;
    }
  }

  writeMeta(metaRows: readonly (readonly [string, string])[]): Promise<void> {
    return Excel.run((context) => writeMeta(context, metaRows));
  }

  select(sheet: string, address: string): Promise<void> {
    return Excel.run((context) => selectCell(context, sheet, address));
  }

  async watch(listener: (change: DataChange) => void): Promise<void> {
    const tagged = (await this.host()).ownEventsTagged;
    await Excel.run((context) => watchChanges(context, listener, tagged));
  }

  fileBytes(): Promise<Uint8Array> {
    return fileBytes();
  }
}
