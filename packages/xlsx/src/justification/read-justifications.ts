import { JUSTIFICATION_SHEET, JUSTIFICATION_TABLE, justificationOfLine, justificationText, sheetAddress, type Finding, type Justification } from "@phuluc/core";
import type { RawCellValue, RawSheet, RawWorkbook } from "../reader/index.js";

const HEADER_TEXT = (JUSTIFICATION_TABLE.headers[JUSTIFICATION_TABLE.columns.text - 1] as string).toLowerCase();

function sheetOf(raw: RawWorkbook): RawSheet | undefined {
  const wanted = JUSTIFICATION_SHEET.normalize("NFC").toLowerCase();
  return raw.sheets.find((s) => s.name.normalize("NFC").trim().toLowerCase() === wanted);
}

/** The header row: where the text column's title is, else the template's row. */
function headerRow(sheet: RawSheet): number {
  for (const cell of sheet.cells) {
    if (cell.row > 20) break;
    if (cell.col === JUSTIFICATION_TABLE.columns.text && justificationText(cell.value).toLowerCase() === HEADER_TEXT) return cell.row;
  }
  return JUSTIFICATION_TABLE.headerRow;
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
    const at = sheetAddress(sheet.name, `E${row}`);
    const line = justificationOfLine(
      { cell: cells.get(columns.cell), rule: cells.get(columns.rule), value: cells.get(columns.value), text: cells.get(columns.text) },
      at,
    );
    if (line === "no-cell")
      findings.push({
        code: "justification.incomplete",
        severity: "warning",
        path: { ...(fileName ? { file: fileName } : {}), sheet: sheet.name, cell: at },
        params: { missing: "cell" },
      });
    else if (line) justifications.push(line);
  }
  return { justifications, findings };
}
