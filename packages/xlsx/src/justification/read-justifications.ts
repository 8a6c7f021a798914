import { JUSTIFICATION_SHEET, JUSTIFICATION_TABLE, canonical, readCell, sheetAddress, type Finding, type Justification } from "@phuluc/core";
import type { RawCellValue, RawSheet, RawWorkbook } from "../reader/index.js";

const HEADER_TEXT = (JUSTIFICATION_TABLE.headers[JUSTIFICATION_TABLE.columns.text - 1] as string).toLowerCase();

function text(value: RawCellValue | undefined): string {
  if (typeof value === "string") return value.normalize("NFC").trim();
  if (typeof value === "number") return String(value);
  return "";
}

function sheetOf(raw: RawWorkbook): RawSheet | undefined {
  const wanted = JUSTIFICATION_SHEET.normalize("NFC").toLowerCase();
  return raw.sheets.find((s) => s.name.normalize("NFC").trim().toLowerCase() === wanted);
}

/** The header row: where the text column's title is, else the template's row. */
function headerRow(sheet: RawSheet): number {
  for (const cell of sheet.cells) {
    if (cell.row > 20) break;
    if (cell.col === JUSTIFICATION_TABLE.columns.text && text(cell.value).toLowerCase() === HEADER_TEXT) return cell.row;
  }
  return JUSTIFICATION_TABLE.headerRow;
}

function decimalOf(value: RawCellValue | undefined): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const read = readCell({ value: typeof value === "object" ? null : value }, "decimal");
  return read.ok && !read.read.empty ? canonical(read.read.value) : undefined;
}

/**
 * The unit's justifications from its sheet "Giải trình", one per line with
 * a cell and a text. A line with a cell and no text is a warning listed for
 * the unit to justify, not a justification; a text without its cell is
 * reported. A workbook without the sheet has no justification.
 */
export function readJustifications(raw: RawWorkbook, fileName?: string): { justifications: Justification[]; findings: Finding[] } {
  const sheet = sheetOf(raw);
  const justifications: Justification[] = [];
  const findings: Finding[] = [];
  if (!sheet) return { justifications, findings };
  const { columns } = JUSTIFICATION_TABLE;
  const first = headerRow(sheet) + 1;
  const rows = new Map<number, Map<number, RawCellValue>>();
  for (const c of sheet.cells) {
    if (c.row < first || c.col < columns.cell || c.col > columns.text) continue;
    (rows.get(c.row) ?? rows.set(c.row, new Map()).get(c.row))?.set(c.col, c.value);
  }
  for (const [row, cells] of [...rows].sort((a, b) => a[0] - b[0])) {
    const cell = text(cells.get(columns.cell));
    const body = text(cells.get(columns.text));
    const at = sheetAddress(sheet.name, `E${row}`);
    if (body === "") continue;
    if (cell === "") {
      findings.push({ code: "justification.incomplete", severity: "warning", path: { ...(fileName ? { file: fileName } : {}), sheet: sheet.name, cell: at }, params: { missing: "cell" } });
      continue;
    }
    const value = decimalOf(cells.get(columns.value));
    justifications.push({ cell, rule: text(cells.get(columns.rule)), text: body, at, ...(value === undefined ? {} : { value }) });
  }
  return { justifications, findings };
}
