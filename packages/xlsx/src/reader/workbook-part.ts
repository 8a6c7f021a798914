import { corrupt } from "./errors.js";
import type { RawDefinedName, SheetState } from "./types.js";
import { XmlReader } from "./xml-reader.js";

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** Relationship id (`r:id`) of the sheet part. */
  relationshipId: string;
}

export interface WorkbookPart {
  sheets: SheetEntry[];
  definedNames: RawDefinedName[];
  date1904: boolean;
}

export function parseWorkbookPart(xml: string, part: string): WorkbookPart {
  const x = new XmlReader(xml, part);
  if (x.openRoot() !== "workbook") throw corrupt("unexpected_root", { part });
  const result: WorkbookPart = { sheets: [], definedNames: [], date1904: false };
  x.forEachChild((section) => {
    if (section === "workbookPr") {
      result.date1904 = isTrue(x.attr("date1904"));
      x.skipElement();
    } else if (section === "sheets") {
      x.forEachChild((name) => {
        if (name === "sheet") result.sheets.push(readSheet(x, part));
        x.skipElement();
      });
    } else if (section === "definedNames") {
      x.forEachChild((name) => {
        if (name === "definedName") result.definedNames.push(readDefinedName(x, part));
        else x.skipElement();
      });
    } else {
      x.skipElement();
    }
  });
  x.expectEnd();
  return result;
}

function readSheet(x: XmlReader, part: string): SheetEntry {
  const name = x.attr("name");
  // `r:id`, matched by local name; the strict namespace uses the same local name.
  const relationshipId = x.attr("id");
  if (name === undefined || relationshipId === undefined) throw corrupt("sheet_entry", { part });
  const state = x.attr("state");
  return { name, relationshipId, state: state === "hidden" || state === "veryHidden" ? state : "visible" };
}

function readDefinedName(x: XmlReader, part: string): RawDefinedName {
  const name = x.attr("name");
  if (name === undefined) throw corrupt("defined_name", { part });
  const localSheetId = x.attr("localSheetId");
  const ref = x.readElementText();
  if (localSheetId === undefined) return { name, ref };
  const localSheet = Number(localSheetId);
  if (!Number.isInteger(localSheet) || localSheet < 0) throw corrupt("defined_name", { part, name });
  return { name, ref, localSheet };
}

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}
