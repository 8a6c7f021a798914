import { META_SHEET } from "@phuluc/core";
import type { WorkbookSurvey } from "../workbook/workbook-kind.js";

/** Rows of `_meta` read back: far more than the keys it holds. */
const META_RANGE = "A1:B40";

/** Lists the sheets (with whether each is empty) and reads `_meta` when present: two syncs, once at start. */
export async function surveyWorkbook(context: Excel.RequestContext): Promise<WorkbookSurvey> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const meta = sheets.getItemOrNullObject(META_SHEET);
  await context.sync();
  const metaRange = meta.isNullObject ? undefined : meta.getRange(META_RANGE).load("values");
  const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load("address"));
  await context.sync();
  return {
    sheets: sheets.items.map((s, i) => ({ name: s.name, visibility: String(s.visibility), empty: used[i]?.isNullObject ?? true })),
    ...(metaRange ? { metaRows: metaRange.values } : {}),
  };
}
