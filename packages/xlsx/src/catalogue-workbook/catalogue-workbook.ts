import ExcelJS from "../exceljs-bundle.js";
import { readWorkbook } from "../reader/read-workbook.js";
import { SHEETS, type SheetKey, type TableValue } from "./catalogue-sheets.js";
import { catalogueFromTables, type CellLocator, type ReadTable, type WorkbookIssue } from "./catalogue-from-tables.js";
import { catalogueToTables } from "./catalogue-to-tables.js";

/** Columns wide enough to read a label or a sentence; the rest narrow. */
const WIDE = new Set(["label", "header", "title", "titleEn", "note", "text", "value", "indicator"]);

/**
 * A catalogue document as a workbook central staff edit in Excel: one sheet
 * per kind (annexes, sections, rows, columns, rules, plausibility checks, sentences, mapping),
 * fields named in row 1 as in the JSON document, header row frozen.
 */
export async function writeCatalogueWorkbook(document: unknown): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "phuluc";
  for (const table of catalogueToTables(document)) {
    const spec = SHEETS[table.key];
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = spec.columns.map((field) => ({
      header: field,
      key: field,
      width: WIDE.has(field) ? (field === "text" ? 120 : 48) : Math.max(10, field.length + 2),
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(row);
      // Codes like 01 stay text: Excel would otherwise show 1.
      row.forEach((value, i) => {
        if (typeof value === "string") added.getCell(i + 1).numFmt = "@";
      });
    }
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export interface CatalogueWorkbookRead {
  /** The catalogue document as the workbook states it. */
  document: Record<string, unknown>;
  /** What does not fit the workbook's layout, at its sheet and cell. */
  issues: WorkbookIssue[];
  /** Names the sheet and cell of a problem given by its path in the document. */
  locator: CellLocator;
}

function tableValue(value: unknown): TableValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    const text = value.normalize("NFC");
    return text.trim() === "" ? null : text;
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  return null;
}

/**
 * Reads an edited catalogue workbook (see `writeCatalogueWorkbook`) back
 * into its JSON document, with the fast reader. Throws `WorkbookReadError`
 * when the file is not a readable workbook.
 */
export function readCatalogueWorkbook(bytes: Uint8Array): CatalogueWorkbookRead {
  const raw = readWorkbook(bytes);
  const byName = new Map(raw.sheets.map((s) => [s.name.normalize("NFC").trim(), s]));
  const tables: ReadTable[] = [];
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const sheet = byName.get(SHEETS[key].name);
    if (!sheet) continue;
    const header = new Map<string, number>();
    const rows = new Map<number, Map<number, TableValue>>();
    for (const cell of sheet.cells) {
      const value = tableValue(cell.value);
      if (cell.row === 1) {
        if (typeof value === "string") header.set(value.trim(), cell.col);
        continue;
      }
      (rows.get(cell.row) ?? rows.set(cell.row, new Map()).get(cell.row))?.set(cell.col, value);
    }
    tables.push({ key, header, rows: [...rows].sort(([a], [b]) => a - b).map(([row, cells]) => ({ row, cells })) });
  }
  return catalogueFromTables(tables);
}
