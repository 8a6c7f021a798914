import { canonical, cellAddress, columnLetter, readCell, sheetAddress, type Annex, type Finding } from "@phuluc/core";
import type { RawSheet, RawSheetCell } from "../reader/index.js";

type Section = Annex["sections"][number];

/** One section's table as found on the sheet. */
export interface FoundTable {
  /** Row of the `Mã số` header. */
  headerRow: number;
  /** Row of the numbering `(1) (2) …`. */
  numberRow: number;
  codeColumn: number;
  /** Data column number → sheet column, as numbered on the sheet. */
  columns: ReadonlyMap<number, number>;
  /** Sheet rows of the section's codes found, in sheet order. */
  codeRows: readonly number[];
  /** First row of the next section's header (exclusive bound). */
  end: number;
}

/** A figure a user typed: a number, or text that reads as one ("5", "1.019"). Formulas without a cached value are not. */
function figureOf(cell: RawSheetCell | undefined): string | undefined {
  const v = cell?.value;
  if (!(typeof v === "number" && Number.isFinite(v)) && !(typeof v === "string" && /^[\s\d.,]+$/.test(v) && /\d/.test(v))) return undefined;
  const read = readCell({ value: v }, "decimal");
  return read.ok && !read.read.empty ? canonical(read.read.value) : undefined;
}

function textOf(cell: RawSheetCell | undefined): string {
  return typeof cell?.value === "string" ? cell.value.normalize("NFC").replace(/\s+/g, " ").trim() : "";
}

function rowIsEmpty(sheet: RawSheet, row: number, first: number, last: number): boolean {
  for (let c = first; c <= last; c++) {
    const v = sheet.cell(row, c)?.value;
    if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) return false;
  }
  return true;
}

/** The row's label: the longest text left of `Mã số` (the Chỉ tiêu, not the STT mark "+" or "2"), else the code cell's text. */
function labelOf(sheet: RawSheet, row: number, codeColumn: number): string {
  let label = "";
  for (let c = 1; c <= codeColumn; c++) {
    const t = textOf(sheet.cell(row, c));
    if (t.length > label.length && figureOf(sheet.cell(row, c)) === undefined) label = t;
  }
  return label.slice(0, 120);
}

/** Where a missing column should be: right of the nearest lower-numbered column found, on the numbering row. */
function missingColumnCell(table: FoundTable, number: number): number {
  let col = table.codeColumn;
  let best = 0;
  for (const [n, c] of table.columns) if (n < number && n > best) [best, col] = [n, c];
  return col + 1;
}

/**
 * What the catalogue does not know in an annex table, so that no figure is
 * lost without a message: a numbered column of the form missing ("thiếu cột
 * (4)"), a row without a code of the form that holds figures (an inserted
 * row inside the table or right below it), and a column the form does not
 * have that holds figures in the form's rows. Each is an error at the cell:
 * the unit is not consolidated until the sheet follows the form.
 */
export function tableStructureFindings(sheet: RawSheet, annex: Annex, section: Section, table: FoundTable): Finding[] {
  const findings: Finding[] = [];
  const at = (row: number, col: number) => sheetAddress(sheet.name, cellAddress(row, col));
  const base = { annex: annex.code, sheet: sheet.name };
  const headerRow = table.headerRow;

  for (const column of section.columns) {
    if (table.columns.has(column.number)) continue;
    findings.push({
      code: "annex.column_missing",
      severity: "error",
      path: { ...base, column: column.number, cell: at(table.numberRow, missingColumnCell(table, column.number)) },
      params: { column: column.number, header: column.header },
    });
  }

  const known = new Set(section.columns.map((c) => c.number));
  const dataColumns = [...table.columns].filter(([n]) => known.has(n)).map(([, col]) => col);
  const last = Math.max(table.codeColumn, ...table.columns.values());
  const codeRows = new Set(table.codeRows);
  const first = table.codeRows[0];
  if (first === undefined) return findings;

  // Rows inside the table, then the rows right below it up to the first empty one.
  const rows: number[] = [];
  const lastCode = table.codeRows[table.codeRows.length - 1] as number;
  for (let r = first + 1; r < lastCode; r++) if (!codeRows.has(r)) rows.push(r);
  for (let r = lastCode + 1; r < table.end && !rowIsEmpty(sheet, r, 1, last); r++) rows.push(r);
  for (const row of rows) {
    const figures = dataColumns
      .map((col) => ({ col, value: figureOf(sheet.cell(row, col)) }))
      .filter((f): f is { col: number; value: string } => f.value !== undefined);
    const firstFigure = figures[0];
    if (!firstFigure) continue;
    const codeText =
      textOf(sheet.cell(row, table.codeColumn)) ||
      (typeof sheet.cell(row, table.codeColumn)?.value === "number" ? String(sheet.cell(row, table.codeColumn)?.value) : "");
    findings.push({
      code: "annex.extra_row",
      severity: "error",
      path: { ...base, cell: at(row, firstFigure.col) },
      params: { label: labelOf(sheet, row, table.codeColumn) || codeText, code: codeText, sheetRow: row, values: figures.map((f) => f.value) },
    });
  }

  // Columns right of `Mã số` that are not the form's: numbered otherwise, or not numbered at all.
  const mapped = new Set(dataColumns);
  for (let col = table.codeColumn + 1; col <= last + 3; col++) {
    if (mapped.has(col)) continue;
    const withFigure = table.codeRows.find((row) => figureOf(sheet.cell(row, col)) !== undefined);
    if (withFigure === undefined) continue;
    let header = "";
    for (let r = headerRow; r <= headerRow + 2 && !header; r++) header = textOf(sheet.cell(r, col));
    findings.push({
      code: "annex.extra_column",
      severity: "error",
      path: { ...base, cell: at(withFigure, col) },
      params: { letter: columnLetter(col), header, value: figureOf(sheet.cell(withFigure, col)) as string },
    });
  }
  return findings;
}
