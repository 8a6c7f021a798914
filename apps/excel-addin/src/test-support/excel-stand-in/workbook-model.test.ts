import { describe, expect, it } from "vitest";
import { RequestContext } from "./client-base.js";
import "./sheet-client.js";
import { WorkbookModel } from "./workbook-model.js";

describe("stand-in strictness (as real Excel)", () => {
  it('reads "+" and "-" followed by more as a formula, unless the cell is text-formatted', () => {
    const model = new WorkbookModel();
    const sheet = model.addSheet("PL01");
    model.write(sheet, 1, 1, "- (2) ≤ (1)");
    expect(model.cell(sheet, 1, 1).formula).toBe("=- (2) ≤ (1)");
    model.write(sheet, 1, 2, "+B5");
    expect(model.cell(sheet, 1, 2).formula).toBe("=+B5");
    model.write(sheet, 1, 3, "-12.5");
    expect(model.cell(sheet, 1, 3)).toMatchObject({ value: -12.5 });
    expect(model.cell(sheet, 1, 3).formula).toBeUndefined();
    model.cell(sheet, 2, 1).numberFormat = "@";
    model.write(sheet, 2, 1, "- (2) ≤ (1)");
    expect(model.cell(sheet, 2, 1)).toMatchObject({ value: "- (2) ≤ (1)" });
    expect(model.cell(sheet, 2, 1).formula).toBeUndefined();
  });

  it("refuses to activate or select a hidden sheet", async () => {
    const model = new WorkbookModel();
    model.addSheet("PL01");
    model.addSheet("_meta").visibility = "VeryHidden";
    const stats = { syncs: 0, readSyncs: 0, writeSyncs: 0 };
    const context = new RequestContext(model, stats) as unknown as Excel.RequestContext;
    context.workbook.worksheets.getItem("_meta").activate();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    context.workbook.worksheets.getItem("_meta").getRange("A1").select();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("counts protect, unprotect and (before ExcelApi 1.20) any add-in write as clearing the undo history", async () => {
    const model = new WorkbookModel();
    model.addSheet("PL01");
    const context = new RequestContext(model, { syncs: 0, readSyncs: 0, writeSyncs: 0 }) as unknown as Excel.RequestContext;
    const sheet = context.workbook.worksheets.getItem("PL01");
    sheet.protection.protect({ allowFormatCells: true });
    await context.sync();
    expect(model.undoCleared).toEqual(["protect", "write"]);
    model.undoCleared.length = 0;
    model.writesKeepUndo = true;
    sheet.getRange("A1").format.fill.color = "#FFC7CE";
    await context.sync();
    expect(model.undoCleared).toEqual([]);
    sheet.protection.unprotect();
    await context.sync();
    expect(model.undoCleared).toEqual(["unprotect"]);
  });

  it("refuses to unprotect a password-protected sheet without its password", async () => {
    const model = new WorkbookModel();
    model.addSheet("PL01").protection = { protected: true, options: {}, password: "x" };
    const context = new RequestContext(model, { syncs: 0, readSyncs: 0, writeSyncs: 0 }) as unknown as Excel.RequestContext;
    context.workbook.worksheets.getItem("PL01").protection.unprotect();
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(model.sheet("PL01").protection.protected).toBe(true);
  });
});
