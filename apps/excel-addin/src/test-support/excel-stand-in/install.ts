/**
 * Entry of the stand-in script the browser test serves in place of office.js:
 * builds the workbook (empty, or preloaded from `window.__excelStandIn`) and
 * installs `Office`, `Excel` and the test's `__excel` hooks.
 */
import type { StandInStats } from "./client-base.js";
import { officeGlobals, type StandInConfig } from "./office-global.js";
import { deserialize, type SerializedWorkbook } from "./serialize.js";
import { testHooks } from "./test-hooks.js";
import { WorkbookModel } from "./workbook-model.js";

type Config = StandInConfig & { workbook?: SerializedWorkbook };

const scope = globalThis as unknown as Record<string, unknown>;
const config = (scope.__excelStandIn ?? {}) as Config;
const model = config.workbook ? deserialize(config.workbook) : new WorkbookModel();
if (!config.workbook) model.addSheet("Sheet1");
const stats: StandInStats = { syncs: 0, readSyncs: 0, writeSyncs: 0 };
const { Office, Excel } = officeGlobals(model, stats, config);
scope.Office = Office;
scope.Excel = Excel;
scope.__excel = testHooks(model, stats);
