import { parseRangeRef } from "./cell-address.js";
import { WorkbookReadError, corrupt } from "./errors.js";
import { type SheetContext, SheetDataReader } from "./sheet-data-reader.js";
import type { RawMerge, RawSheetCell } from "./types.js";
import { XmlReader } from "./xml-reader.js";

export interface ParsedSheet {
  cells: RawSheetCell[];
  merges: RawMerge[];
}

/**
 * Reads `sheetData` and `mergeCells` of a worksheet (also dialog and macro sheets,
 * which share the format); everything else is skipped. `<dimension>` in particular
 * is ignored, so a sheet claiming A1:XFD1048576 allocates nothing for it.
 */
export function parseSheetPart(xml: string, context: SheetContext): ParsedSheet {
  const x = new XmlReader(xml, context.part);
  const root = x.openRoot();
  if (root !== "worksheet" && root !== "dialogsheet" && root !== "macrosheet") {
    throw corrupt("unexpected_root", { part: context.part });
  }
  const data = new SheetDataReader(x, context);
  const merges: RawMerge[] = [];
  x.forEachChild((section) => {
    if (section === "sheetData") data.readSheetData();
    else if (section === "mergeCells") {
      x.forEachChild((name) => {
        if (name === "mergeCell") {
          // Merges are output too: a sheet may not list more of them than the cell limit.
          if (merges.length >= context.budget.limit) {
            throw new WorkbookReadError("file.too_many_cells", { limit: context.budget.limit, sheet: context.sheetName });
          }
          const ref = x.attr("ref") ?? "";
          const range = parseRangeRef(ref);
          if (range === undefined) throw corrupt("merge_reference", { part: context.part, ref });
          merges.push(range);
        }
        x.skipElement();
      });
    } else x.skipElement();
  });
  x.expectEnd();
  return { cells: data.finish(), merges };
}
