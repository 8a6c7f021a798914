import type { Annex, AnnexSubmission, Finding, SubmissionCell } from "@phuluc/core";
import { cellKey, cellAddress, sheetAddress } from "@phuluc/core";
import type { RawSheet, RawSheetCell } from "../reader/index.js";
import { cellText, columnNumberOf, mayBeCodeHeader, rowCodeOf } from "./cell-text.js";
import { coveredCells } from "./merged-cells.js";
import { tableStructureFindings } from "./table-structure.js";

/** A table header found on a sheet: the `Mã số` cell and the numbered data columns beside it. */
interface TableHeader {
  row: number;
  codeColumn: number;
  /** Row of the numbering `(1) (2) …`. */
  numberRow: number;
  /** Data column number → sheet column. */
  columns: Map<number, number>;
}

const CODE_HEADER = "mã số";

/**
 * Every `Mã số` header with its numbering row `(1) (2) …` in the same or the next two rows
 * (the first of them with a number, in the 40 columns right of the header). The cells are
 * walked in their row-major order from the header's row, not looked up address by address.
 */
function findHeaders(sheet: RawSheet): TableHeader[] {
  const headers: TableHeader[] = [];
  const cells = sheet.cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as RawSheetCell;
    if (!mayBeCodeHeader(cell) || cellText(cell) !== CODE_HEADER) continue;
    const columns = new Map<number, number>();
    let rowStart = i;
    while (rowStart > 0 && (cells[rowStart - 1] as RawSheetCell).row === cell.row) rowStart--;
    let found = -1;
    for (let j = rowStart; j < cells.length; j++) {
      const other = cells[j] as RawSheetCell;
      if (other.row > cell.row + 2 || (found >= 0 && other.row > found)) break;
      if (other.col <= cell.col || other.col > cell.col + 40) continue;
      const n = columnNumberOf(other);
      if (n === undefined || columns.has(n)) continue;
      columns.set(n, other.col);
      if (found < 0) found = other.row;
    }
    headers.push({ row: cell.row, codeColumn: cell.col, numberRow: found >= 0 ? found : cell.row + 2, columns });
  }
  return headers;
}

type Section = Annex["sections"][number];

/** A section's row codes and, by row code, the cell keys of its columns in order: made once per section, not per file. */
interface SectionKeys {
  wanted: ReadonlySet<string>;
  keys: ReadonlyMap<string, readonly string[]>;
}

const sectionKeys = new WeakMap<Section, SectionKeys>();

function keysOf(section: Section): SectionKeys {
  let known = sectionKeys.get(section);
  if (known === undefined) {
    const keys = new Map(section.rows.map((r) => [r.code, section.columns.map((column) => cellKey(r.code, column.number))]));
    known = { wanted: new Set(keys.keys()), keys };
    sectionKeys.set(section, known);
  }
  return known;
}

export interface MappedSheet {
  annex: AnnexSubmission;
  /** Formula cells that had no cached value, by cell key: recomputed later, never read as 0. */
  uncached: string[];
  /** The sheet has a `Mã số` table at all. */
  hasTable: boolean;
  /** What the form does not know: missing columns, rows and columns added with figures (see tableStructureFindings). */
  findings: Finding[];
}

/** A date cell's value as a Date (1900 date system), so core reports "ô chứa ngày tháng". */
function dateOf(value: RawSheetCell["value"]): Date {
  if (typeof value === "number") return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
  return new Date(String(value));
}

/** The cell as a submission cell; `sheetPrefix` is the sheet's part of an address (`sheetAddress(name, "")`). */
function toSubmissionCell(sheetPrefix: string, cell: RawSheetCell | undefined, row: number, col: number, covered: boolean): SubmissionCell {
  const address = sheetPrefix + (cell?.address ?? cellAddress(row, col));
  // A cell covered by a merge is part of another cell: it holds no value.
  if (!cell || covered) return { value: null, address };
  const out: SubmissionCell = { value: cell.isDate ? dateOf(cell.value) : cell.value, address };
  if (cell.numberFormat && cell.numberFormat !== "General") out.numberFormat = cell.numberFormat;
  if (cell.formula !== undefined) out.formula = true;
  return out;
}

/**
 * Maps a sheet's cells onto the annex by what the sheet says — the `Mã số`
 * column and the numbered columns — not by fixed addresses, so inserted
 * blank rows or a table moved down still read. Each section of the annex
 * takes the header block in the same order. What the form does not know
 * (a missing column, a row or column added with figures) is a finding.
 */
export function mapAnnexSheet(sheet: RawSheet, annex: Annex): MappedSheet {
  const headers = findHeaders(sheet).filter((h) => h.columns.size > 0);
  const codeColumns = new Set(headers.map((h) => h.codeColumn));
  // The cells of the code columns, in sheet order: indexed once, not rescanned per section.
  const codeCells = sheet.cells.filter((c) => codeColumns.has(c.col));
  const covered = coveredCells(
    sheet.merges,
    codeCells.map((c) => c.row),
    headers.flatMap((h) => [...h.columns.values()]),
  );
  const cells: Record<string, SubmissionCell> = {};
  const uncached: string[] = [];
  const findings: Finding[] = [];
  const absentCells: string[] = [];
  const sheetPrefix = sheetAddress(sheet.name, "");
  annex.sections.forEach((section, s) => {
    const header = headers[s];
    if (!header) return;
    const end = headers[s + 1]?.row ?? Number.POSITIVE_INFINITY;
    const { wanted, keys } = keysOf(section);
    const seen = new Set<string>();
    const codeRows: number[] = [];
    for (const cell of codeCells) {
      if (cell.col !== header.codeColumn || cell.row <= header.row || cell.row >= end) continue;
      const code = rowCodeOf(cell);
      if (!code || !wanted.has(code) || seen.has(code)) continue;
      seen.add(code);
      codeRows.push(cell.row);
      const rowKeys = keys.get(code) as readonly string[];
      section.columns.forEach((column, j) => {
        const key = rowKeys[j] as string;
        const sheetColumn = header.columns.get(column.number);
        if (sheetColumn === undefined) {
          absentCells.push(key);
          return;
        }
        const raw = sheet.cell(cell.row, sheetColumn);
        const mapped = toSubmissionCell(sheetPrefix, raw, cell.row, sheetColumn, covered.has(cell.row, sheetColumn));
        if (raw?.formula !== undefined && raw.value === null) uncached.push(key);
        cells[key] = mapped;
      });
    }
    findings.push(
      ...tableStructureFindings(sheet, annex, section, {
        headerRow: header.row,
        numberRow: header.numberRow,
        codeColumn: header.codeColumn,
        columns: header.columns,
        codeRows,
        end,
      }),
    );
  });
  const mapped: AnnexSubmission = { code: annex.code, sheet: sheet.name, cells, ...(absentCells.length > 0 ? { absentCells } : {}) };
  return { annex: mapped, uncached, hasTable: headers.length > 0, findings };
}
