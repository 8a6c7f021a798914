import { afterEach, describe, expect, it } from "vitest";
import type { SheetPaint } from "../workbook/highlight-plan.js";
import { ExcelRefusal } from "../excel-port.js";
import { OfficeExcelPort } from "./office-excel-port.js";

const scope = globalThis as Record<string, unknown>;
const paints: SheetPaint[] = [{ sheet: "PL01", mark: { error: ["F10"], warning: [], related: [] }, restore: { input: [], derived: [] } }];
const formsProtection = new Map([["PL01", { protected: true, options: { allowFormatCells: true } }]]);

/** `Excel.run` whose batch fails at sync with this error, as Office.js rejects. */
function failingExcel(error: unknown): void {
  scope.Excel = {
    run: async (batch: (context: unknown) => Promise<unknown>) => {
      const range = { format: { fill: { color: "", clear: () => undefined } } };
      const sheet = { getRanges: () => range, getRange: () => range, protection: { protect: () => undefined, unprotect: () => undefined } };
      const context = { workbook: { worksheets: { getItem: () => sheet } }, sync: () => Promise.reject(error) };
      return batch(context);
    },
  };
}

afterEach(() => {
  delete scope.Excel;
});

describe("OfficeExcelPort.paint", () => {
  it("reports Excel's AccessDenied (a sheet protected since it was read) as protection", async () => {
    failingExcel(Object.assign(new Error("The cell or chart you're trying to change is on a protected sheet."), { code: "AccessDenied" }));
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
    const calls: string[] = [];
    scope.Excel = {
      run: async (batch: (context: unknown) => Promise<unknown>) => {
        const protection = { protect: () => calls.push("protect"), unprotect: () => calls.push("unprotect") };
        const context = { workbook: { worksheets: { getItem: () => ({ protection, getRanges: () => calls.push("getRanges") }) } }, sync: async () => calls.push("sync") };
        return batch(context);
      },
    };
    const locked = new Map([["PL01", { protected: true, options: { allowFormatColumns: true } }]]);
    await expect(new OfficeExcelPort().paint(paints, locked)).resolves.toEqual({ refused: ["PL01"] });
    expect(calls).toEqual([]);
  });
});

/** Any Office.js object: every property and call gives another, so a batch runs until its sync. */
const anything: unknown = new Proxy(() => {}, { get: (_t, key) => (key === "then" ? undefined : anything), apply: () => anything });

/** `Excel.run` answering batch after batch: each rejects at sync with its error, or runs over `sheet` when given a sheet. */
function excelAnswering(...answers: ({ error: unknown } | { sheet: Record<string, unknown> })[]): void {
  scope.Excel = {
    run: async (batch: (context: unknown) => Promise<unknown>) => {
      const answer = answers.shift();
      if (!answer) throw new Error("no more answers");
      if ("error" in answer) return batch({ workbook: anything, sync: () => Promise.reject(answer.error) });
      return batch({ workbook: { worksheets: { getItemOrNullObject: () => answer.sheet } }, sync: async () => undefined });
    },
  };
}

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe("OfficeExcelPort: Excel's refusals named, everything else thrown as it is", () => {
  it("names protection and a cell being edited, wherever Excel answers them", async () => {
    excelAnswering({ error: coded("AccessDenied") });
    await expect(new OfficeExcelPort().writeMeta([["template", "x"]])).rejects.toMatchObject({ name: "ExcelRefusal", reason: "protection" });
    excelAnswering({ error: coded("InvalidOperationInCellEditMode") });
    await expect(new OfficeExcelPort().readAnnexes([])).rejects.toMatchObject({ name: "ExcelRefusal", reason: "cell-edit" });
    excelAnswering({ error: coded("InvalidOperationInCellEditMode") });
    await expect(new OfficeExcelPort().survey()).rejects.toBeInstanceOf(ExcelRefusal);
    failingExcel(coded("InvalidOperationInCellEditMode"));
    await expect(new OfficeExcelPort().paint(paints, formsProtection)).rejects.toMatchObject({ reason: "cell-edit" });
  });

  it("lets a bug or an unexpected Excel error through unchanged, so it is shown as the add-in's fault", async () => {
    const unexpected = coded("GeneralException", "An internal error has occurred.");
    excelAnswering({ error: unexpected });
    await expect(new OfficeExcelPort().writeMeta([["template", "x"]])).rejects.toBe(unexpected);
    const bug = new TypeError("x is not a function");
    excelAnswering({ error: bug });
    await expect(new OfficeExcelPort().survey()).rejects.toBe(bug);
  });

  it("going to a cell: a sheet deleted, a sheet hidden, or another failure", async () => {
    excelAnswering({ error: coded("ItemNotFound") });
    await expect(new OfficeExcelPort().select("PL03", "E10")).rejects.toMatchObject({ reason: "missing-sheet" });
    const hidden = { load: () => undefined, isNullObject: false, visibility: "Hidden" };
    excelAnswering({ error: coded("InvalidOperation") }, { sheet: hidden });
    await expect(new OfficeExcelPort().select("PL03", "E10")).rejects.toMatchObject({ reason: "hidden-sheet" });
    const visible = { load: () => undefined, isNullObject: false, visibility: "Visible" };
    const other = coded("InvalidOperation");
    excelAnswering({ error: other }, { sheet: visible });
    await expect(new OfficeExcelPort().select("PL03", "E10")).rejects.toBe(other);
  });
});
