import { REGISTRY_2022, TEMPLATE_ID, builtinRegistries, catalogue2022, periodOrThrow, sampleSubmission, unitByCode, type Submission } from "@phuluc/core";
import { OfficeExcelPort } from "../excel-adapter/index.js";
import { ValidationSession } from "../pane/validation-session.js";
import { installStandIn, removeStandIn, type CountedStats } from "../test-support/excel-stand-in/in-process.js";
import { deserialize } from "../test-support/excel-stand-in/serialize.js";
import { templateStandIn } from "../test-support/template-stand-in.js";
import { annexWorkbook } from "../workbook/annex-workbook.js";

export interface SyncCounts {
  annexes: number;
  cells: number;
  full: number;
  singleEdit: number;
  ownHighlightEcho: number;
}

/** Counts `context.sync()` calls on the Excel stand-in for a full validation and for edits. */
export async function syncCounts(): Promise<SyncCounts> {
  const catalogue = catalogue2022();
  const meta = { template: TEMPLATE_ID, catalogueVersion: catalogue.version, unit: "51", unitName: "Tỉnh ủy Quảng Ngãi", period: "2022-Y", generatedAt: "" };
  const resolved = annexWorkbook(meta, catalogue, builtinRegistries());
  if (!("workbook" in resolved)) throw new Error("cannot resolve the sample workbook");
  const workbook = resolved.workbook;
  const unit = unitByCode(REGISTRY_2022, meta.unit);
  if (!unit) throw new Error("cannot find the sample unit");
  // A workbook made by `phuluc template` holding the sample figures.
  const install = (edit?: (s: Submission) => void): CountedStats => {
    const figures = sampleSubmission(catalogue, { unit: "51", period: "2022-Y", unitKind: "province" });
    edit?.(figures);
    return installStandIn(deserialize(templateStandIn({ catalogue, unit, period: periodOrThrow(meta.period), figures })));
  };
  // The officer typed a figure over a formula (PL01's female share).
  const overwrite = (s: Submission): void => {
    const c = s.annexes.PL01?.cells["01.3"];
    if (c) {
      c.value = 45.6;
      c.formula = false;
    }
  };
  const session = new ValidationSession(new OfficeExcelPort(), workbook, catalogue, {
    result: () => undefined,
    paintFailed: () => undefined,
    fault: (e: unknown) => {
      throw e;
    },
  });

  const full = install();
  await session.full();
  const edit = install(overwrite);
  await session.refresh(new Set(["PL01"]));
  const echo = install(overwrite);
  await session.refresh(new Set(["PL01"]));
  removeStandIn();
  return {
    annexes: workbook.plans.length,
    cells: workbook.plans.reduce((n, p) => n + p.cells.length, 0),
    full: full.syncs,
    singleEdit: edit.syncs,
    ownHighlightEcho: echo.syncs,
  };
}
