import { TEMPLATE_ID, builtinRegistries, catalogue2022, sampleSubmission, type Submission } from "@phuluc/core";
import { OfficeExcelPort } from "../excel-adapter/index.js";
import { ValidationSession } from "../pane/validation-session.js";
import { gridsFor } from "../test-support/annex-grids.js";
import { emptyLog, mockExcel, type MockLog } from "../test-support/office-mock.js";
import { annexWorkbook } from "../workbook/annex-workbook.js";

export interface SyncCounts {
  annexes: number;
  cells: number;
  full: number;
  singleEdit: number;
  ownHighlightEcho: number;
}

/** Counts `context.sync()` calls on office-addin-mock for a full validation and for edits. */
export async function syncCounts(): Promise<SyncCounts> {
  const catalogue = catalogue2022();
  const meta = { template: TEMPLATE_ID, catalogueVersion: catalogue.version, unit: "51", unitName: "Tỉnh ủy Quảng Ngãi", period: "2022-Y", generatedAt: "" };
  const resolved = annexWorkbook(meta, catalogue, builtinRegistries());
  if (!("workbook" in resolved)) throw new Error("cannot resolve the sample workbook");
  const workbook = resolved.workbook;
  const scope = globalThis as Record<string, unknown>;
  const install = (log: MockLog, edit?: (s: Submission) => void): void => {
    const s = sampleSubmission(catalogue, { unit: "51", period: "2022-Y", unitKind: "province" });
    edit?.(s);
    scope.Excel = mockExcel(workbook.plans, new Map(workbook.plans.map((p) => [p.code, gridsFor(p, s)])), log).Excel;
  };
  const session = new ValidationSession(new OfficeExcelPort(), workbook, catalogue, { result: () => undefined, paintFailed: () => undefined, fault: (e: unknown) => { throw e; } });

  const full = emptyLog();
  install(full);
  await session.full();
  const edit = emptyLog();
  install(edit, (s) => {
    const c = s.annexes.PL01?.cells["01.3"];
    if (c) c.value = 45.6;
  });
  await session.refresh(new Set(["PL01"]));
  const echo = emptyLog();
  install(echo, (s) => {
    const c = s.annexes.PL01?.cells["01.3"];
    if (c) c.value = 45.6;
  });
  await session.refresh(new Set(["PL01"]));
  delete scope.Excel;
  return {
    annexes: workbook.plans.length,
    cells: workbook.plans.reduce((n, p) => n + p.cells.length, 0),
    full: full.syncs,
    singleEdit: edit.syncs,
    ownHighlightEcho: echo.syncs,
  };
}
