import { afterEach, describe, expect, it } from "vitest";
import { ExcelRefusal } from "../excel-port.js";
import { installStandIn, removeStandIn, type CountedStats } from "../test-support/excel-stand-in/in-process.js";
import { WorkbookModel } from "../test-support/excel-stand-in/workbook-model.js";
import type { SheetPaint } from "../workbook/highlight-plan.js";
import { OfficeExcelPort } from "./office-excel-port.js";

const paints: SheetPaint[] = [{ sheet: "PL01", mark: { error: ["F10"], warning: [], related: [] }, restore: { input: [], derived: [] } }];
const formsProtection = new Map([["PL01", { protected: true, options: { allowFormatCells: true } }]]);

/** The Excel stand-in over a workbook with the sheets PL01 and _meta, changed as a test needs it before installing. */
function standIn(change?: (model: WorkbookModel) => void): { model: WorkbookModel; stats: CountedStats } {
  const model = new WorkbookModel();
  model.addSheet("PL01");
  model.addSheet("_meta").visibility = "VeryHidden";
  change?.(model);
  return { model, stats: installStandIn(model) };
}

/** The stand-in whose next sync rejects with this error, as Office.js rejects a batch. */
function failingExcel(error: unknown): void {
  standIn((model) => model.syncFaults.push(error));
}

afterEach(() => {
  removeStandIn();
});

describe("OfficeExcelPort.paint", () => {
  it("reports Excel's AccessDenied (a sheet protected since it was read) as protection", async () => {
    // Read with formatting allowed; protected without it since: Excel answers AccessDenied at sync.
    standIn((model) => (model.sheet("PL01").protection = { protected: true, options: {} }));
    await expect(new OfficeExcelPort().paint(paints, formsProtection)).resolves.toEqual({ refused: ["PL01"] });
  });

  it("lets any other failure through, so it is not called protection", async () => {
    const fault = Object.assign(new Error("The argument is invalid or missing or has an incorrect format."), { code: "InvalidArgument" });
    failingExcel(fault);
    await expect(new OfficeExcelPort().paint(paints, formsProtection)).rejects.toBe(fault);
    const bug = new TypeError("Cannot read properties of undefined (reading 'fill')");
    failingExcel(bug);
    await expect(new OfficeExcelPort().paint(paints, formsProtection)).rejects.toBe(bug);
  });

  it("skips a sheet protected without formatting allowed, never unprotecting it", async () => {
    const { stats } = standIn((model) => (model.sheet("PL01").protection = { protected: true, options: { allowFormatColumns: true } }));
    const locked = new Map([["PL01", { protected: true, options: { allowFormatColumns: true } }]]);
    await expect(new OfficeExcelPort().paint(paints, locked)).resolves.toEqual({ refused: ["PL01"] });
    const { protect, unprotect, getRanges } = stats.calls;
    expect([...protect, ...unprotect, ...getRanges, ...Array.from({ length: stats.syncs }, () => "sync")]).toEqual([]);
  });
});

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe("OfficeExcelPort: Excel's refusals named, everything else thrown as it is", () => {
  it("names protection and a cell being edited, wherever Excel answers them", async () => {
    // _meta protected by hand: its locked cells refuse the write with AccessDenied.
    standIn((model) => (model.sheet("_meta").protection = { protected: true, options: {} }));
    await expect(new OfficeExcelPort().writeMeta([["template", "x"]])).rejects.toMatchObject({ name: "ExcelRefusal", reason: "protection" });
    failingExcel(coded("InvalidOperationInCellEditMode"));
    await expect(new OfficeExcelPort().readAnnexes([])).rejects.toMatchObject({ name: "ExcelRefusal", reason: "cell-edit" });
    failingExcel(coded("InvalidOperationInCellEditMode"));
    await expect(new OfficeExcelPort().survey()).rejects.toBeInstanceOf(ExcelRefusal);
    failingExcel(coded("InvalidOperationInCellEditMode"));
    await expect(new OfficeExcelPort().paint(paints, formsProtection)).rejects.toMatchObject({ reason: "cell-edit" });
  });

  it("lets a bug or an unexpected Excel error through unchanged, so it is shown as the add-in's fault", async () => {
    const unexpected = coded("GeneralException", "An internal error has occurred.");
    failingExcel(unexpected);
    await expect(new OfficeExcelPort().writeMeta([["template", "x"]])).rejects.toBe(unexpected);
    const bug = new TypeError("x is not a function");
    failingExcel(bug);
    await expect(new OfficeExcelPort().survey()).rejects.toBe(bug);
  });

  it("going to a cell: a sheet deleted, a sheet hidden, or another failure", async () => {
    // No sheet PL03: Excel answers ItemNotFound.
    standIn();
    await expect(new OfficeExcelPort().select("PL03", "E10")).rejects.toMatchObject({ reason: "missing-sheet" });
    // A hidden PL03: Excel will not activate it (InvalidOperation), and the port looks up why.
    standIn((model) => (model.addSheet("PL03").visibility = "Hidden"));
    await expect(new OfficeExcelPort().select("PL03", "E10")).rejects.toMatchObject({ reason: "hidden-sheet" });
    // A visible PL03 and an InvalidOperation all the same: thrown as it is.
    const other = coded("InvalidOperation");
    standIn((model) => {
      model.addSheet("PL03");
      model.syncFaults.push(other);
    });
    await expect(new OfficeExcelPort().select("PL03", "E10")).rejects.toBe(other);
  });
});
