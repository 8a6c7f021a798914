import type { AutoFilter, PageSetup, WorksheetProtection, WorksheetView } from "exceljs";
import { columnLetter } from "@phuluc/core";
import { SheetWriterUnsupportedError } from "./sheet-writer-error.js";
import type { DrawnColumn } from "./drawing-api.js";
import { xmlAttribute } from "./xml-escape.js";

/** The sheet-level parts of a worksheet's XML (views, columns, protection, filter, page), as exceljs writes them. */

const address = (row: number, column: number) => `${columnLetter(column)}${row}`;

export function sheetViewsXml(views: readonly Partial<WorksheetView>[]): string {
  if (views.length === 0) return "";
  const out = views.map((v) => {
    const known = new Set(["state", "showGridLines", "xSplit", "ySplit", "topLeftCell"]);
    for (const key of Object.keys(v)) if (!known.has(key)) throw new SheetWriterUnsupportedError(`the sheet view property ${key}`);
    const open = `<sheetView workbookViewId="0"${v.showGridLines === false ? ` showGridLines="0"` : ""}`;
    if (v.state !== "frozen") {
      if (v.state !== undefined && v.state !== "normal") throw new SheetWriterUnsupportedError(`a ${v.state} sheet view`);
      return `${open}/>`;
    }
    const frozen = v as { xSplit?: number; ySplit?: number; topLeftCell?: string };
    const x = frozen.xSplit ?? 0;
    const y = frozen.ySplit ?? 0;
    const pane = x && y ? "bottomRight" : x ? "topRight" : "bottomLeft";
    const splits = `${x ? ` xSplit="${x}"` : ""}${y ? ` ySplit="${y}"` : ""}`;
    return `${open}><pane${splits} topLeftCell="${frozen.topLeftCell ?? address(y + 1, x + 1)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView>`;
  });
  return `<sheetViews>${out.join("")}</sheetViews>`;
}

/** exceljs's default width: a column of this width (or none) is not written. */
const DEFAULT_WIDTH = 9;

export function colsXml(columns: readonly (DrawnColumn | undefined)[]): string {
  const cols: { min: number; max: number; width: number }[] = [];
  let open: { min: number; max: number; width: number } | undefined;
  for (let i = 0; i < columns.length; i++) {
    const width = columns[i]?.width;
    if (width === undefined || width === DEFAULT_WIDTH) open = undefined;
    else if (open && open.width === width && open.max === i) open.max = i + 1;
    else {
      open = { min: i + 1, max: i + 1, width };
      cols.push(open);
    }
  }
  if (cols.length === 0) return "";
  return `<cols>${cols.map((c) => `<col min="${c.min}" max="${c.max}" width="${c.width}" customWidth="1"/>`).join("")}</cols>`;
}

const PROTECTION_FLAGS = [
  "formatCells",
  "formatColumns",
  "formatRows",
  "insertColumns",
  "insertRows",
  "insertHyperlinks",
  "deleteColumns",
  "deleteRows",
  "sort",
  "autoFilter",
  "pivotTables",
] as const;

export function protectionXml(p: Partial<WorksheetProtection> | undefined): string {
  if (!p) return "";
  if (p.spinCount !== undefined) throw new SheetWriterUnsupportedError("a sheet password");
  let attributes = ` sheet="1"`;
  if (p.selectLockedCells === false) attributes += ` selectLockedCells="1"`;
  if (p.selectUnlockedCells === false) attributes += ` selectUnlockedCells="1"`;
  for (const flag of PROTECTION_FLAGS) if (p[flag]) attributes += ` ${flag}="0"`;
  if (p.objects === false) attributes += ` objects="1"`;
  if (p.scenarios === false) attributes += ` scenarios="1"`;
  return `<sheetProtection${attributes}/>`;
}

export function autoFilterXml(filter: AutoFilter | undefined): string {
  if (!filter) return "";
  if (typeof filter === "string") return `<autoFilter ref="${xmlAttribute(filter)}"/>`;
  const end = (e: string | { row: number; column: number }) => (typeof e === "string" ? e : address(e.row, e.column));
  return `<autoFilter ref="${end(filter.from)}:${end(filter.to)}"/>`;
}

const PAGE_KEYS = new Set([
  "margins",
  "orientation",
  "horizontalDpi",
  "verticalDpi",
  "fitToPage",
  "scale",
  "fitToWidth",
  "fitToHeight",
  "paperSize",
  "printTitlesRow",
]);

/** pageMargins and pageSetup. */
export function pageXml(page: Partial<PageSetup>): string {
  for (const key of Object.keys(page))
    if (!PAGE_KEYS.has(key) && (page as Record<string, unknown>)[key] !== undefined) throw new SheetWriterUnsupportedError(`the page setup property ${key}`);
  const m = page.margins;
  const margins = m ? `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` : "";
  const attributes: [string, unknown][] = [
    ["paperSize", page.paperSize],
    ["orientation", page.orientation],
    ["horizontalDpi", page.horizontalDpi],
    ["verticalDpi", page.verticalDpi],
    ["scale", page.scale],
    ["fitToWidth", page.fitToWidth],
    ["fitToHeight", page.fitToHeight],
  ];
  const set = attributes.filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${v}"`);
  return `${margins}${set.length > 0 ? `<pageSetup${set.join("")}/>` : ""}`;
}
