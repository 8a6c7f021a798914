import {
  JUSTIFICATION_SHEET,
  REGISTRY_2022,
  TEMPLATE_ID,
  builtinRegistries,
  catalogue2022,
  justificationCells,
  metaRows,
  periodOrThrow,
  unitByCode,
  type WorkbookMeta,
} from "@phuluc/core";
import { afterEach, describe, expect, it } from "vitest";
import { installStandIn, removeStandIn } from "../test-support/excel-stand-in/in-process.js";
import { deserialize } from "../test-support/excel-stand-in/serialize.js";
import { WorkbookModel } from "../test-support/excel-stand-in/workbook-model.js";
import { templateStandIn } from "../test-support/template-stand-in.js";
import { annexWorkbook } from "../workbook/annex-workbook.js";
import { renderPlan } from "../workbook/render-plan.js";
import { OfficeExcelPort } from "./office-excel-port.js";

const unit = unitByCode(REGISTRY_2022, "51");
if (!unit) throw new Error("unit 51");
const template = templateStandIn({
  catalogue: catalogue2022(),
  unit,
  period: periodOrThrow("2022-Y"),
  cutOff: "2022-12-05",
  generatedAt: "2022-11-01T00:00:00.000Z",
});

/** The Excel stand-in over a workbook made by `phuluc template` (which has the sheet Giải trình). */
function standIn(change?: (model: ReturnType<typeof deserialize>) => void) {
  const model = deserialize(template);
  change?.(model);
  return { model, stats: installStandIn(model) };
}

const line = justificationCells({ cell: "PL04!D10", rule: "PL04.change", value: "12", text: "Đơn vị mới thành lập." }, 2);

afterEach(() => {
  removeStandIn();
});

describe("OfficeExcelPort and the sheet Giải trình (Excel stand-in)", () => {
  it("writes a line where core lays it out, in one sync, and reads it back in one sync", async () => {
    const { model, stats } = standIn();
    const port = new OfficeExcelPort();
    await port.writeJustification(line);
    expect(stats.syncs).toBe(1);
    const sheet = model.sheet(JUSTIFICATION_SHEET);
    expect([1, 2, 3, 4, 5].map((c) => model.peek(sheet, 7, c)?.value)).toEqual([3, "PL04!D10", "PL04.change", 12, "Đơn vị mới thành lập."]);
    const read = await port.readJustificationSheet();
    expect(stats.syncs).toBe(2);
    if (!read.found) throw new Error("the template has the sheet");
    expect(read.values[2]).toEqual(["PL04!D10", "PL04.change", 12, "Đơn vị mới thành lập."]);
    expect(read.values[0]).toEqual(["", "", "", ""]);
  });

  it("says so when the sheet is protected, and answers 'not found' when it is gone", async () => {
    standIn((model) => (model.sheet(JUSTIFICATION_SHEET).protection = { protected: true, options: {} }));
    await expect(new OfficeExcelPort().writeJustification(line)).rejects.toMatchObject({ name: "ExcelRefusal", reason: "protection" });
    standIn((model) => (model.sheet(JUSTIFICATION_SHEET).name = "Khác"));
    await expect(new OfficeExcelPort().readJustificationSheet()).resolves.toEqual({ found: false });
    await expect(new OfficeExcelPort().writeJustification(line)).rejects.toMatchObject({ reason: "missing-sheet" });
  });

  it("draws the sheet Giải trình in a workbook it creates, where a justification is then written and read back", async () => {
    const model = new WorkbookModel();
    model.addSheet("Sheet1");
    installStandIn(model);
    const meta: WorkbookMeta = {
      template: TEMPLATE_ID,
      catalogueVersion: "2022.1",
      unit: "51",
      unitName: "Tỉnh ủy Quảng Ngãi",
      period: "2022-Y",
      generatedAt: "2022-11-01T00:00:00.000Z",
    };
    const made = annexWorkbook(meta, catalogue2022(), builtinRegistries());
    if (!("workbook" in made)) throw new Error("workbook");
    const port = new OfficeExcelPort();
    await port.survey();
    await port.createAnnexes(made.workbook.layouts.map(renderPlan), metaRows(meta));
    const sheet = model.sheet(JUSTIFICATION_SHEET);
    expect(sheet.protection.protected).toBe(false);
    expect(model.peek(sheet, 1, 1)?.value).toBe("GIẢI TRÌNH CÁC CẢNH BÁO");
    expect([1, 2, 3, 4, 5].map((c) => model.peek(sheet, 4, c)?.value)).toEqual([
      "STT",
      "Ô có cảnh báo",
      "Quy tắc",
      "Giá trị khi giải trình",
      "Nội dung giải trình",
    ]);
    expect(model.peek(sheet, 34, 1)?.value).toBe(30);
    expect(model.sheets.map((s) => s.name)).not.toContain("Sheet1");
    await port.writeJustification(line);
    const read = await port.readJustificationSheet();
    if (!read.found) throw new Error("the created workbook has the sheet");
    expect(read.values[2]).toEqual(["PL04!D10", "PL04.change", 12, "Đơn vị mới thành lập."]);
  });

  it("keeps a sheet Giải trình the workbook has (the unit's justifications are never overwritten)", async () => {
    const model = new WorkbookModel();
    const kept = model.addSheet(JUSTIFICATION_SHEET);
    model.addSheet("Sheet1");
    installStandIn(model);
    const port = new OfficeExcelPort();
    await port.writeJustification(line);
    const meta: WorkbookMeta = {
      template: TEMPLATE_ID,
      catalogueVersion: "2022.1",
      unit: "51",
      unitName: "Tỉnh ủy Quảng Ngãi",
      period: "2022-Y",
      generatedAt: "2022-11-01T00:00:00.000Z",
    };
    const made = annexWorkbook(meta, catalogue2022(), builtinRegistries());
    if (!("workbook" in made)) throw new Error("workbook");
    await port.survey();
    await port.createAnnexes(made.workbook.layouts.map(renderPlan), metaRows(meta));
    expect(model.sheet(JUSTIFICATION_SHEET)).toBe(kept);
    expect(model.peek(kept, 7, 5)?.value).toBe("Đơn vị mới thành lập.");
    expect(model.peek(kept, 1, 1)?.value).toBeUndefined();
  });
});
