import { parseRangeRef } from "./cell-address.js";
import { WorkbookReadError, corrupt } from "./errors.js";
import { readMergeCells } from "./merge-cells.js";
import { type SheetContext, SheetDataReader } from "./sheet-data-reader.js";
import type { RawMerge, RawSheetCell } from "./types.js";
import { XmlReader } from "./xml-reader.js";

export interface ParsedSheet {
  cells: RawSheetCell[];
  merges: RawMerge[];
  /** The range `<dimension>` claims, when it is a valid one (kept as a range: nothing is allocated for it). */
  dimension?: RawMerge;
}

/**
 * Sections the worksheet schema places after `mergeCells`: once one appears,
 * nothing left in the part is read (data validations, conditional formats,
 * page setup … can be most of a template's sheet XML).
 */
export const AFTER_MERGES: ReadonlySet<string> = new Set([
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
]);

/** Thrown to leave the section loop early; never escapes parseSheetPart. */
const STOP = Symbol("stop");

/**
 * Reads `sheetData` and `mergeCells` of a worksheet (also dialog and macro sheets,
 * which share the format); everything else is skipped, and reading stops at the
 * first section that follows `mergeCells` in the schema. `<dimension>` is kept as
 * a range only, so a sheet claiming A1:XFD1048576 allocates nothing for it. (A
 * DOCTYPE can only stand in the prolog, which is always read.)
 */
export function parseSheetPart(xml: string, context: SheetContext): ParsedSheet {
  // The part is not tokenized to its end: refuse a declaration anywhere in it all the same.
  if (xml.includes("<!DOCTYPE") || xml.includes("<!ENTITY")) throw new WorkbookReadError("file.unsafe_xml", { part: context.part });
  return parseSheetSections(xml, context, false) as ParsedSheet;
}

/**
 * parseSheetPart once the part is known to hold no declaration. With `mustStop`, `xml` is
 * only the start of the part (see sheet-bytes.ts): the result is given only when reading
 * stopped at a section after `mergeCells`, undefined otherwise.
 */
export function parseSheetSections(xml: string, context: SheetContext, mustStop: boolean): ParsedSheet | undefined {
  const x = new XmlReader(xml, context.part);
  const root = x.openRoot();
  if (root !== "worksheet" && root !== "dialogsheet" && root !== "macrosheet") {
    throw corrupt("unexpected_root", { part: context.part });
  }
  const data = new SheetDataReader(x, context);
  const merges: RawMerge[] = [];
  let dimension: RawMerge | undefined;
  try {
    readSections();
    if (mustStop) return undefined;
  } catch (error) {
    if (error !== STOP) throw error;
  }
  return { cells: data.finish(), merges, ...(dimension ? { dimension } : {}) };

  function readSections(): void {
    x.forEachChild((section) => {
      if (AFTER_MERGES.has(section)) throw STOP;
      if (section === "sheetData") data.readSheetData();
      else if (section === "dimension") {
        // A single cell ("A1") is a range of one; anything unreadable is ignored, as Excel does.
        dimension = parseRangeRef(x.attr("ref") ?? "");
        x.skipElement();
      } else if (section === "mergeCells") {
        readMergeCells(x, context, merges);
      } else x.skipElement();
    });
    x.expectEnd();
  }
}
