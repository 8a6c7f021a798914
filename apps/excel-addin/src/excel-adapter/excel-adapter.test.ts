import {
  TEMPLATE_ID,
  builtinRegistries,
  catalogue2022,
  metaRows,
  sampleSubmission,
  type Submission,
  type WorkbookMeta,
} from "@phuluc/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ValidationSession } from "../pane/validation-session.js";
import { gridsFor, type RangeGrids } from "../test-support/annex-grids.js";
import { emptyLog, mockExcel, type MockLog } from "../test-support/office-mock.js";
import { annexWorkbook, type AnnexWorkbook } from "../workbook/annex-workbook.js";
import { renderPlan } from "../workbook/render-plan.js";
import { OfficeExcelPort } from "./office-excel-port.js";
import { readAnnexes } from "./read-annexes.js";

const catalogue = catalogue2022();
const meta: WorkbookMeta = { template: TEMPLATE_ID, catalogueVersion: catalogue.version, unit: "51", unitName: "Tỉnh ủy Quảng Ngãi", period: "2022-Y", generatedAt: "2022-11-01T00:00:00.000Z" };
const resolved = annexWorkbook(meta, catalogue, builtinRegistries());
if (!("workbook" in resolved)) throw new Error("workbook");
const workbook: AnnexWorkbook = resolved.workbook;

function figures(edit?: (s: Submission) => void): Map<string, RangeGrids> {
  const s = sampleSubmission(catalogue, { unit: "51", period: "2022-Y", unitKind: "province" });
  edit?.(s);
  return new Map(workbook.plans.map((p) => [p.code, gridsFor(p, s)]));
}

const scope = globalThis as Record<string, unknown>;
let log: MockLog;
const install = (grids: Map<string, RangeGrids>): void => {
  scope.Excel = mockExcel(workbook.plans, grids, log).Excel;
};

beforeEach(() => {
  log = emptyLog();
});
afterEach(() => {
  delete scope.Excel;
});

describe("Excel adapter on office-addin-mock", () => {
  it("reads every annex range (values, formats, value types, formulas, protection) in one sync", async () => {
    install(figures());
    const reads = await (scope.Excel as { run: (b: (c: Excel.RequestContext) => unknown) => Promise<unknown> }).run((context) => readAnnexes(context, workbook.plans));
    expect(log.syncs).toBe(1);
    expect(log.getRange).toEqual(workbook.plans.map((p) => `${p.sheet}!${p.range}`));
    const pl01 = (reads as { code: string; values: unknown[][]; protection: { protected: boolean; options: object } }[])[0];
    expect(pl01?.code).toBe("PL01");
    expect(pl01?.values[0]?.length).toBe(7);
    expect(pl01?.protection).toEqual({ protected: true, options: { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" } });
  });

  it("validates all nine annexes with one read sync and one write sync, painting through RangeAreas", async () => {
    install(figures((s) => {
      const cell = s.annexes.PL01?.cells["01.3"];
      if (cell) cell.value = 45.6;
    }));
    const session = new ValidationSession(new OfficeExcelPort(), workbook, catalogue, { result: () => undefined, paintFailed: () => undefined, fault: (e: unknown) => { throw e; } });
    const result = await session.full();
    expect(result.errors).toBe(1);
    expect(log.syncs).toBe(2);
    expect(log.syncs).toBeLessThanOrEqual(2);
    // Reads are the nine data ranges; painting never asks for a single cell by getRange.
    expect(log.getRange).toEqual(workbook.plans.map((p) => `${p.sheet}!${p.range}`));
    expect(log.getRanges.some((a) => a.startsWith("PL01!") && a.includes("F10"))).toBe(true);
    // Sheets protected with formatting allowed are painted as they are: no protect/unprotect (they clear undo).
    expect(log.unprotect).toEqual([]);
    expect(log.protect).toEqual([]);
  });

  it("re-checks a single-cell edit with one read of that annex and one write", async () => {
    install(figures());
    const session = new ValidationSession(new OfficeExcelPort(), workbook, catalogue, { result: () => undefined, paintFailed: () => undefined, fault: (e: unknown) => { throw e; } });
    await session.full();
    log = emptyLog();
    install(figures((s) => {
      const cell = s.annexes.PL01?.cells["01.3"];
      if (cell) cell.value = 45.6;
    }));
    const result = await session.refresh(new Set(["PL01"]));
    expect(result?.errors).toBe(1);
    expect(log.syncs).toBe(2);
    expect(log.getRange).toEqual([`PL01!${workbook.plans[0]?.range}`]);
    expect(log.getRanges.every((a) => a.startsWith("PL01!"))).toBe(true);
  });

  it("answers a change event caused by its own highlighting with one read and no write", async () => {
    install(figures());
    const session = new ValidationSession(new OfficeExcelPort(), workbook, catalogue, { result: () => undefined, paintFailed: () => undefined, fault: (e: unknown) => { throw e; } });
    await session.full();
    log = emptyLog();
    install(figures());
    await session.refresh(new Set(["PL01", "PL02"]));
    expect(log.syncs).toBe(1);
    expect(log.getRanges).toEqual([]);
  });

  it("creates every annex sheet, the sheet Giải trình and the very hidden _meta in one sync", async () => {
    install(figures());
    const rows = metaRows(meta);
    await new OfficeExcelPort().createAnnexes(workbook.layouts.map(renderPlan), rows);
    // _meta first, marked as a creation under way until the batch's last operation (see create-annexes.ts).
    expect(log.added).toEqual(["_meta", ...workbook.plans.map((p) => p.sheet), "Giải trình"]);
    expect(log.syncs).toBe(1);
    // Formats go to RangeAreas per role; getRange is for areas, columns and rows, a bounded number per sheet.
    expect(log.getRanges.length).toBeGreaterThan(0);
  });
});
