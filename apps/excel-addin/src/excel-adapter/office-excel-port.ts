import { JUSTIFICATION_SHEET, META_SHEET, type JustificationCell } from "@phuluc/core";
import { ExcelRefusal, type DataChange, type ExcelPort, type HostInfo } from "../excel-port.js";
import type { AnnexPlan } from "../workbook/annex-plan.js";
import type { AnnexRead, SheetProtection } from "../workbook/annex-read.js";
import type { SheetPaint } from "../workbook/highlight-plan.js";
import type { RenderPlan } from "../workbook/render-plan.js";
import type { WorkbookSurvey } from "../workbook/workbook-kind.js";
import { autoOpenWithDocument } from "./auto-open.js";
import { createAnnexes } from "./create-annexes.js";
import type { JustificationSheetRead } from "../workbook/justification-read.js";
import { fileBytes } from "./file-bytes.js";
import { readJustificationValues, writeJustificationCells } from "./justification-sheet.js";
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
 * Excel's answer when a protected sheet or workbook refuses a change (`Excel.ErrorCodes.accessDenied`).
 * Only this is reported to the officer as protection; anything else is a fault of the add-in.
 */
export function isProtectionError(error: unknown): boolean {
  return errorCode(error) === "AccessDenied";
}

/**
 * Excel refuses every batch while the officer is typing in a cell
 * (`Excel.ErrorCodes.invalidOperationInCellEditMode`, ExcelApi 1.11 and later;
 * older hosts wait instead).
 */
function isCellEditMode(error: unknown): boolean {
  return errorCode(error) === "InvalidOperationInCellEditMode";
}

/** Protection and cell editing become an {@link ExcelRefusal}; any other error is thrown as it is. */
function refusalOr(error: unknown): unknown {
  if (isProtectionError(error)) return new ExcelRefusal("protection", error);
  if (isCellEditMode(error)) return new ExcelRefusal("cell-edit", error);
  return error;
}

/** `Excel.run`, with the refusals an officer can act on named. */
async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw refusalOr(error);
  }
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
    this.lastSurvey = await run((context) => surveyWorkbook(context));
    return this.lastSurvey;
  }

  async createAnnexes(plans: readonly RenderPlan[], metaRows: readonly (readonly [string, string])[]): Promise<void> {
    const sheets = this.lastSurvey?.sheets ?? [];
    const annexSheets = new Set(plans.map((p) => p.sheet.toLowerCase()));
    const leftovers = sheets.filter((s) => annexSheets.has(s.name.toLowerCase())).map((s) => s.name);
    const blankSheets = sheets.filter((s) => s.empty && s.visibility === "Visible" && !leftovers.includes(s.name)).map((s) => s.name);
    const hasMeta = sheets.some((s) => s.name === META_SHEET);
    const hasJustificationSheet = sheets.some((s) => s.name.toLowerCase() === JUSTIFICATION_SHEET.toLowerCase());
    await run((context) =>
      createAnnexes(context, plans, metaRows, {
        blankSheets: blankSheets.filter((name) => name.toLowerCase() !== JUSTIFICATION_SHEET.toLowerCase()),
        leftovers,
        hasMeta,
        hasJustificationSheet,
      }),
    );
    await autoOpenWithDocument().catch(() => undefined);
  }

  async readAnnexes(plans: readonly AnnexPlan[]): Promise<AnnexRead[]> {
    try {
      return await Excel.run((context) => readAnnexes(context, plans));
    } catch (error) {
      if (!isItemNotFound(error)) throw refusalOr(error);
      // A sheet was deleted or renamed: read what is there, report the rest as not found.
      return run(async (context) => {
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
      throw refusalOr(error);
    }
  }

  async readJustificationSheet(): Promise<JustificationSheetRead> {
    try {
      return { found: true, values: await Excel.run((context) => readJustificationValues(context)) };
    } catch (error) {
      // Deleted or renamed since the workbook was surveyed.
      if (isItemNotFound(error)) return { found: false };
      throw refusalOr(error);
    }
  }

  async writeJustification(cells: readonly JustificationCell[]): Promise<void> {
    try {
      await Excel.run((context) => writeJustificationCells(context, cells));
    } catch (error) {
      // The sheet deleted or renamed since it was read.
      if (isItemNotFound(error)) throw new ExcelRefusal("missing-sheet", error);
      throw refusalOr(error);
    }
  }

  writeMeta(metaRows: readonly (readonly [string, string])[]): Promise<void> {
    return run((context) => writeMeta(context, metaRows));
  }

  async select(sheet: string, address: string): Promise<void> {
    try {
      await Excel.run((context) => selectCell(context, sheet, address));
    } catch (error) {
      if (isItemNotFound(error)) throw new ExcelRefusal("missing-sheet", error);
      const refusal = refusalOr(error);
      if (refusal !== error) throw refusal;
      // Excel will not activate a hidden sheet: say so when that is why.
      const visibility = await run(async (context) => {
        const found = context.workbook.worksheets.getItemOrNullObject(sheet);
        found.load("visibility");
        await context.sync();
        return found.isNullObject ? undefined : found.visibility;
      }).catch(() => undefined);
      if (visibility === undefined) throw error;
      if (visibility !== "Visible") throw new ExcelRefusal("hidden-sheet", error);
      throw error;
    }
  }

  async watch(listener: (change: DataChange) => void): Promise<void> {
    const tagged = (await this.host()).ownEventsTagged;
    await run((context) => watchChanges(context, listener, tagged));
  }

  fileBytes(): Promise<Uint8Array> {
    return fileBytes();
  }
}
