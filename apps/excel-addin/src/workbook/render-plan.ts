import { cellAddress, columnLetter, type FormLayout, type InputValidation, type LayoutCell, type LayoutRole } from "@phuluc/core";
import { cellsOf, packRects, rectAddress, type Rect } from "./cell-rects.js";
import { widthInPoints } from "./column-width.js";
import { ROLE_FORMATS, TAB_COLOR, type RoleFormat } from "./role-format.js";

/** One input cell's data validation. */
export interface PlannedValidation {
  address: string;
  rule: InputValidation;
}

/**
 * Everything needed to draw one annex sheet, as plain data: the adapter turns
 * it into a handful of Office.js calls, one batch for the whole workbook.
 */
export interface RenderPlan {
  sheet: string;
  tabColor: string;
  columnWidths: { column: string; points: number }[];
  /** The drawn area `A1:J30`; `numberFormats` and `formulas` cover it row by row. */
  area: string;
  numberFormats: string[][];
  /** Text, or `=…` for formulas; empty for blank cells. */
  formulas: string[][];
  styles: { role: LayoutRole; addresses: string[]; format: RoleFormat }[];
  indents: { level: number; addresses: string[] }[];
  /** Areas boxed with thin black lines on every edge and inside. */
  borders: string[];
  merges: string[];
  rowHeights: { row: number; points: number }[];
  /** Input cells, unlocked before the sheet is protected. */
  unlocked: string[];
  validations: PlannedValidation[];
  printTitleRows: string;
  firstInput?: string;
}

const LABEL_CHARS_PER_LINE = 52;

function spanRect(cell: LayoutCell): Rect {
  return { top: cell.row, left: cell.column, bottom: cell.row + (cell.rowSpan ?? 1) - 1, right: cell.column + (cell.colSpan ?? 1) - 1 };
}

function isSpanned(cell: LayoutCell): boolean {
  return (cell.rowSpan ?? 1) > 1 || (cell.colSpan ?? 1) > 1;
}

/** Plans the drawing of one annex layout; the same layout the xlsx writer renders. */
export function renderPlan(layout: FormLayout): RenderPlan {
  const bottom = Math.max(...layout.cells.map((c) => spanRect(c).bottom));
  const right = Math.max(layout.columnWidths.length, ...layout.cells.map((c) => spanRect(c).right));
  const numberFormats = Array.from({ length: bottom }, () => Array.from({ length: right }, () => "General"));
  const formulas = Array.from({ length: bottom }, () => Array.from({ length: right }, () => ""));
  const byRole = new Map<LayoutRole, string[]>();
  const indents = new Map<number, string[]>();
  const boxed: { row: number; column: number }[] = [];
  const merges: string[] = [];
  const rowHeights = new Map<number, number>();
  const unlocked: string[] = [];
  const validations: PlannedValidation[] = [];

  for (const cell of layout.cells) {
    const rect = spanRect(cell);
    const address = rectAddress(rect);
    const at = { r: cell.row - 1, c: cell.column - 1 };
    const setRow = (grid: string[][], v: string): void => {
      const row = grid[at.r];
      if (row) row[at.c] = v;
    };
    if (cell.role === "derived" && cell.formula !== undefined) {
      setRow(formulas, `=${cell.formula}`);
      setRow(numberFormats, cell.numberFormat ?? "General");
    } else if (cell.role === "input") {
      setRow(numberFormats, cell.numberFormat ?? "General");
    } else if (typeof cell.value === "string") {
      // Text cells are formatted as text, so "(1)" stays "(1)" and "01" stays "01".
      setRow(numberFormats, "@");
      setRow(formulas, cell.value);
    } else if (typeof cell.value === "number") {
      setRow(formulas, String(cell.value));
    }
    const list = byRole.get(cell.role) ?? [];
    list.push(address);
    byRole.set(cell.role, list);
    if (cell.indent) {
      const level = cell.indent * 2;
      indents.set(level, [...(indents.get(level) ?? []), address]);
    }
    if (ROLE_FORMATS[cell.role].box) boxed.push(...cellsOf(rect));
    if (isSpanned(cell)) merges.push(address);
    if (cell.role === "input") unlocked.push(address);
    if (cell.validation) validations.push({ address, rule: cell.validation });
    if (cell.role === "label" && typeof cell.value === "string") {
      const lines = Math.ceil((cell.value.length + (cell.indent ?? 0) * 4) / LABEL_CHARS_PER_LINE);
      if (lines > 1) rowHeights.set(cell.row, 17 * lines);
    }
  }
  rowHeights.set(layout.printTitleRows.from, 48);
  rowHeights.set(4, 36);

  return {
    sheet: layout.sheetName,
    tabColor: TAB_COLOR,
    columnWidths: layout.columnWidths.map((w, i) => ({ column: columnLetter(i + 1), points: widthInPoints(w) })),
    area: `A1:${cellAddress(bottom, right)}`,
    numberFormats,
    formulas,
    styles: [...byRole].map(([role, addresses]) => ({ role, addresses, format: ROLE_FORMATS[role] })),
    indents: [...indents].map(([level, addresses]) => ({ level, addresses })),
    borders: packRects(boxed).map(rectAddress),
    merges,
    rowHeights: [...rowHeights].sort((a, b) => a[0] - b[0]).map(([row, points]) => ({ row, points })),
    unlocked,
    validations,
    printTitleRows: `$${layout.printTitleRows.from}:$${layout.printTitleRows.to}`,
    ...(unlocked[0] ? { firstInput: unlocked[0] } : {}),
  };
}
