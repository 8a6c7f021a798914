import { META_SHEET } from "@phuluc/core";

/** Room for the keys `_meta` may ever hold; cleared before each write. */
const META_AREA = "A1:B40";

/** Queues `_meta` rows as text (so "51" and "2022-12-05" stay as written). */
export function queueMetaRows(sheet: Excel.Worksheet, rows: readonly (readonly [string, string])[]): void {
  sheet.getRange(META_AREA).clear("Contents");
  if (rows.length === 0) return;
  const range = sheet.getRange(`A1:B${rows.length}`);
  range.numberFormat = rows.map(() => ["@", "@"]);
  range.values = rows.map(([k, v]) => [k, v]);
}

/** Rewrites `_meta` (export stamps it): one write sync. */
export async function writeMeta(context: Excel.RequestContext, rows: readonly (readonly [string, string])[]): Promise<void> {
  queueMetaRows(context.workbook.worksheets.getItem(META_SHEET), rows);
  await context.sync();
}
