import { WorkbookReadError, corrupt } from "./errors.js";
import { builtinFormat, isDateFormat } from "./number-formats.js";
import { XmlReader } from "./xml-reader.js";

/** Number format of every cell style (`cellXfs` entry), by the cell's `s` index. */
export interface CellFormats {
  codes: string[];
  isDate: boolean[];
}

/** Excel allows about 64,000 cell formats; far more can only be a resource attack. */
export const MAX_CELL_STYLES = 200_000;

export const NO_CELL_FORMATS: CellFormats = { codes: [], isDate: [] };

/** Reads `numFmts` and `cellXfs` (the `numFmt` elements of `dxfs` are not cell formats). */
export function parseStylesPart(xml: string, part: string): CellFormats {
  const x = new XmlReader(xml, part);
  if (x.openRoot() !== "styleSheet") throw corrupt("unexpected_root", { part });
  const custom = new Map<number, string>();
  const xfFormatIds: number[] = [];
  const formatId = (): number => {
    const id = Number(x.attr("numFmtId") ?? 0);
    if (!Number.isInteger(id) || id < 0) throw corrupt("number_format_id", { part });
    return id;
  };
  x.forEachChild((section) => {
    if (section === "numFmts") {
      x.forEachChild((name) => {
        if (name === "numFmt") custom.set(formatId(), x.attr("formatCode") ?? "General");
        x.skipElement();
      });
    } else if (section === "cellXfs") {
      x.forEachChild((name) => {
        if (name === "xf") {
          if (xfFormatIds.length >= MAX_CELL_STYLES) {
            throw new WorkbookReadError("file.too_large", { kind: "styles", limit: MAX_CELL_STYLES, part });
          }
          xfFormatIds.push(formatId());
        }
        x.skipElement();
      });
    } else {
      x.skipElement();
    }
  });
  x.expectEnd();
  const codes = xfFormatIds.map((id) => custom.get(id) ?? builtinFormat(id));
  return { codes, isDate: codes.map(isDateFormat) };
}
