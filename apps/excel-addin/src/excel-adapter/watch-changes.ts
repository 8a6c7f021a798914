import type { DataChange } from "../excel-port.js";

/**
 * Subscribes to edits on every sheet (`WorksheetCollection.onChanged`,
 * ExcelApi 1.9). Excel fires it for format changes too, the add-in's own
 * highlights included: where Excel tags events (ExcelApi 1.14) the add-in's
 * own are dropped here; the rest are told apart by the caller, which re-reads
 * and finds the figures unchanged.
 */
export async function watchChanges(context: Excel.RequestContext, listener: (change: DataChange) => void, ownEventsTagged: boolean): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  await context.sync();
  const names = new Map(sheets.items.map((s) => [s.id, s.name]));
  sheets.onChanged.add(async (event) => {
    if (ownEventsTagged && (event as { triggerSource?: string }).triggerSource === "ThisLocalAddin") return;
    const sheet = names.get(event.worksheetId);
    if (sheet) listener({ sheet, address: event.address });
  });
  await context.sync();
}
