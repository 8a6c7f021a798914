import { afterEach, describe, expect, it } from "vitest";
import type { SheetPaint } from "../workbook/highlight-plan.js";
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
