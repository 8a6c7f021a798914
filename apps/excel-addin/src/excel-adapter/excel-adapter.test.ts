import {
  REGISTRY_2022,
  TEMPLATE_ID,
  builtinRegistries,
  catalogue2022,
  metaRows,
  periodOrThrow,
  sampleSubmission,
  unitByCode,
  type Submission,
  type WorkbookMeta,
} from "@phuluc/core";
import { afterEach, describe, expect, it } from "vitest";
import { ValidationSession } from "../pane/validation-session.js";
import { installStandIn, removeStandIn, resetCounts, type CountedStats } from "../test-support/excel-stand-in/in-process.js";
import { deserialize } from "../test-support/excel-stand-in/serialize.js";
import { WorkbookModel } from "../test-support/excel-stand-in/workbook-model.js";
import { templateStandIn } from "../test-support/template-stand-in.js";
import { annexWorkbook, type AnnexWorkbook } from "../workbook/annex-workbook.js";
import { renderPlan } from "../workbook/render-plan.js";
import { OfficeExcelPort } from "./office-excel-port.js";
import { readAnnexes } from "./read-annexes.js";

const catalogue = catalogue2022();
const meta: WorkbookMeta = {
  template: TEMPLATE_ID,
  catalogueVersion: catalogue.version,
  unit: "51",
  unitName: "Tỉnh ủy Quảng Ngãi",
  period: "2022-Y",
  generatedAt: "2022-11-01T00:00:00.000Z",
};
const resolved = annexWorkbook(meta, catalogue, builtinRegistries());
if (!("workbook" in resolved)) throw new Error("workbook");
const workbook: AnnexWorkbook = resolved.workbook;
const unit = unitByCode(REGISTRY_2022, meta.unit);
if (!unit) throw new Error("unit 51");

/** The Excel stand-in over a workbook made by `phuluc template` holding the sample figures (formulas recalculated, sheets protected like the forms). */
const install = (edit?: (s: Submission) => void): CountedStats => {
  const figures = sampleSubmission(catalogue, { unit: "51", period: "2022-Y", unitKind: "province" });
  edit?.(figures);
  return installStandIn(deserialize(templateStandIn({ catalogue, unit, period: periodOrThrow(meta.period), generatedAt: meta.generatedAt, figures })));
};

/** The officer typed 45.6 over the formula of PL01's female share (row 01, column 3). */
const overwriteShare = (s: Submission): void => {
  const cell = s.annexes.PL01?.cells["01.3"];
  if (cell) {
    cell.value = 45.6;
    cell.formula = false;
  }
};

afterEach(() => {
  removeStandIn();
});

describe("Excel adapter on the Excel stand-in", () => {
  it("reads every annex range (values, formats, value types, formulas, protection) in one sync", async () => {
    const stats = install();
    const reads = await ((globalThis as Record<string, unknown>).Excel as { run: (b: (c: Excel.RequestContext) => unknown) => Promise<unknown> }).run(
      (context) => readAnnexes(context, workbook.plans),
    );
    expect(stats.syncs).toBe(1);
    expect(stats.calls.getRange).toEqual(workbook.plans.map((p) => `${p.sheet}!${p.range}`));
    const pl01 = (reads as { code: string; values: unknown[][]; protection: { protected: boolean; options: object } }[])[0];
    expect(pl01?.code).toBe("PL01");
    expect(pl01?.values[0]?.length).toBe(7);
    expect(pl01?.protection).toEqual({
      protected: true,
      options: { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" },
    });
  });

  it("validates all nine annexes with one read sync and one write sync, painting through RangeAreas", async () => {
    const stats = install(overwriteShare);
    const session = new ValidationSession(new OfficeExcelPort(), workbook, catalogue, {
      result: () => undefined,
      paintFailed: () => undefined,
      fault: (e: unknown) => {
        throw e;
      },
    });
    const result = await session.full();
    expect(result.errors).toBe(1);
    expect(stats.syncs).toBe(2);
    expect(stats.syncs).toBeLessThanOrEqual(2);
    // Reads are the nine data ranges; painting never asks for a single cell by getRange.
    expect(stats.calls.getRange).toEqual(workbook.plans.map((p) => `${p.sheet}!${p.range}`));
    expect(stats.calls.getRanges.some((a) => a.startsWith("PL01!") && a.includes("F10"))).toBe(true);
    // Sheets protected with formatting allowed are painted as they are: no protect/unprotect (they clear undo).
    expect(stats.calls.unprotect).toEqual([]);
    expect(stats.calls.protect).toEqual([]);
  });

  it("re-checks a single-cell edit with one read of that annex and one write", async () => {
    install();
    const session = new ValidationSession(new OfficeExcelPort(), workbook, catalogue, {
      result: () => undefined,
      paintFailed: () => undefined,
      fault: (e: unknown) => {
        throw e;
      },
    });
    await session.full();
    const stats = install(overwriteShare);
    const result = await session.refresh(new Set(["PL01"]));
    expect(result?.errors).toBe(1);
    expect(stats.syncs).toBe(2);
    expect(stats.calls.getRange).toEqual([`PL01!${workbook.plans[0]?.range}`]);
    expect(stats.calls.getRanges.every((a) => a.startsWith("PL01!"))).toBe(true);
  });

  it("answers a change event caused by its own highlighting with one read and no write", async () => {
    const stats = install();
    const session = new ValidationSession(new OfficeExcelPort(), workbook, catalogue, {
      result: () => undefined,
      paintFailed: () => undefined,
      fault: (e: unknown) => {
        throw e;
      },
    });
    await session.full();
    // The same workbook, now carrying the session's own highlight.
    resetCounts(stats);
    await session.refresh(new Set(["PL01", "PL02"]));
    expect(stats.syncs).toBe(1);
    expect(stats.calls.getRanges).toEqual([]);
  });

  it("creates every annex sheet, the sheet Giải trình and the very hidden _meta in one sync", async () => {
    // A new workbook, as Excel opens it: one empty sheet.
    const blank = new WorkbookModel();
    blank.addSheet("Sheet1");
    const stats = installStandIn(blank);
    const rows = metaRows(meta);
    await new OfficeExcelPort().createAnnexes(workbook.layouts.map(renderPlan), rows);
    // _meta first, marked as a creation under way until the batch's last operation (see create-annexes.ts).
    expect(stats.calls.added).toEqual(["_meta", ...workbook.plans.map((p) => p.sheet), "Giải trình"]);
    expect(stats.syncs).toBe(1);
    // Formats go to RangeAreas per role; getRange is for areas, columns and rows, a bounded number per sheet.
    expect(stats.calls.getRanges.length).toBeGreaterThan(0);
  });
});
