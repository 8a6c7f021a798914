/**
 * The stand-in's workbook: a real grid of cells with values, formulas
 * (recalculated after every change), number formats, fills and fonts,
 * locking, merges, data validation, sheet protection, visibility, selection
 * and change events. Not canned answers: the add-in reads back what it and
 * the "officer" (the test) wrote.
 */
import { cellName, cellsIn, contains, overlaps, type Rect } from "./a1.js";
import { evaluate, type Scalar } from "./formula.js";

export interface CellFormat {
  fill?: string;
  font?: Record<string, unknown>;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders?: Record<string, Record<string, unknown>>;
}

export interface CellModel {
  value: Scalar;
  formula?: string;
  numberFormat: string;
  locked: boolean;
  format: CellFormat;
  validation?: Record<string, unknown>;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, CellModel>;
  merges: Rect[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  protection: { protected: boolean; options: Record<string, unknown>; password?: string };
  tabColor?: string;
  showGridlines: boolean;
  pageLayout: Record<string, unknown>;
}

export interface ChangeEvent {
  worksheetId: string;
  address: string;
  changeType: "RangeEdited";
  source: "Local";
  type: "WorksheetChanged";
  triggerSource?: "ThisLocalAddin" | "Unknown";
}

export class StandInError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const key = (row: number, column: number): string => `${row},${column}`;

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeSheetId: string | undefined;
  selection: { sheetId: string; address: string } | undefined;
  readonly settings = new Map<string, unknown>();
  readonly listeners: ((event: ChangeEvent) => void)[] = [];
  /** True while the add-in's own batch runs: its changes are tagged, the officer's are not. */
  addinWriting = false;
  /** ExcelApi 1.14 hosts tag change events with their trigger source. */
  tagsEvents = false;
  /** ExcelApi 1.20 hosts keep the add-in's writes in the undo history; before it, a write clears it. */
  writesKeepUndo = false;
  /**
   * The officer's undo history, as the calls Microsoft's "Undo capabilities
   * with the Excel JavaScript API" lists treat it: each entry says which call
   * cleared it (`protect`, `unprotect`, or an add-in `write` on a host before
   * ExcelApi 1.20). Empty: Ctrl+Z still works.
   */
  readonly undoCleared: string[] = [];
  private nextId = 1;

  /** Fault injection: the next attempt to add a sheet of this name fails, as a batch cut off half-way. */
  failAddSheet: string | undefined;
  /** Fault injection: each sync takes the next of these and rejects with it, running nothing of its batch. */
  readonly syncFaults: unknown[] = [];

  addSheet(name: string): SheetModel {
    if (this.failAddSheet === name) {
      this.failAddSheet = undefined;
      throw new StandInError("GeneralException", "An internal error has occurred while processing the request.");
    }
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new StandInError("ItemAlreadyExists", `A sheet named ${name} already exists`);
    const sheet: SheetModel = {
      id: `{sheet-${this.nextId++}}`,
      name,
      visibility: "Visible",
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      protection: { protected: false, options: {} },
      showGridlines: true,
      pageLayout: {},
    };
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new StandInError("ItemNotFound", `The requested resource doesn't exist (sheet ${name}).`);
    return s;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.filter((s) => s.visibility === "Visible" && s !== sheet).length === 0)
      throw new StandInError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")?.id;
  }

  cell(sheet: SheetModel, row: number, column: number): CellModel {
    let c = sheet.cells.get(key(row, column));
    if (!c) {
      c = { value: null, numberFormat: "General", locked: true, format: {} };
      sheet.cells.set(key(row, column), c);
    }
    return c;
  }

  peek(sheet: SheetModel, row: number, column: number): CellModel | undefined {
    return sheet.cells.get(key(row, column));
  }

  /** Protected sheets refuse edits of locked cells, and any format change unless allowed. */
  guard(sheet: SheetModel, rect: Rect, what: "value" | "format"): void {
    if (!sheet.protection.protected) return;
    if (what === "format" && sheet.protection.options.allowFormatCells === true) return;
    for (const { row, column } of cellsIn(rect)) {
      const locked = this.peek(sheet, row, column)?.locked ?? true;
      if (locked || what === "format")
        throw new StandInError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${sheet.name}!${cellName(row, column)}).`);
    }
  }

  /** Selecting or activating a hidden sheet is refused, as in Excel. */
  requireVisible(sheet: SheetModel): void {
    if (sheet.visibility !== "Visible")
      throw new StandInError("InvalidOperation", `This operation is not permitted for the current object (sheet ${sheet.name} is hidden).`);
  }

  /** Writes what a user or the API puts in a cell: `=…` is a formula; text in a `@` cell stays text. */
  write(sheet: SheetModel, row: number, column: number, input: unknown): void {
    const c = this.cell(sheet, row, column);
    delete c.formula;
    // Excel reads "=", and also "+" or "-" followed by more, as a formula, unless the cell is text ("@").
    if (typeof input === "string" && /^(=|[+-].)/.test(input) && !/^-?\d+(\.\d+)?$/.test(input.trim()) && c.numberFormat !== "@")
      c.formula = input.startsWith("=") ? input : `=${input}`;
    else if (input === "" || input === null || input === undefined) c.value = null;
    else if (typeof input === "string" && c.numberFormat !== "@" && /^-?\d+(\.\d+)?$/.test(input.trim())) c.value = Number(input);
    else c.value = input as Scalar;
  }

  mergeAt(sheet: SheetModel, rect: Rect): void {
    sheet.merges = sheet.merges.filter((m) => !overlaps(m, rect));
    sheet.merges.push(rect);
  }

  isMergedAway(sheet: SheetModel, row: number, column: number): boolean {
    return sheet.merges.some((m) => contains(m, row, column) && !(m.top === row && m.left === column));
  }

  /** Recomputes every formula until nothing moves (the layouts' formulas reference the same sheet). */
  recalc(): void {
    for (const sheet of this.sheets) {
      for (let pass = 0; pass < 10; pass++) {
        let moved = false;
        for (const [k, c] of sheet.cells) {
          if (!c.formula) continue;
          const [row, column] = k.split(",").map(Number) as [number, number];
          let v: Scalar;
          try {
            v = evaluate(c.formula, (r, col) => (r === row && col === column ? { error: "#REF!" } : (this.peek(sheet, r, col)?.value ?? null)));
          } catch {
            v = { error: "#NAME?" };
          }
          if (JSON.stringify(v) !== JSON.stringify(c.value)) {
            c.value = v;
            moved = true;
          }
        }
        if (!moved) break;
      }
    }
  }

  /** Fires `onChanged` for a changed area, as Excel does for value and format edits alike. */
  changed(sheet: SheetModel, rect: Rect): void {
    const event: ChangeEvent = {
      worksheetId: sheet.id,
      address: `${cellName(rect.top, rect.left)}${rect.top === rect.bottom && rect.left === rect.right ? "" : `:${cellName(rect.bottom, rect.right)}`}`,
      changeType: "RangeEdited",
      source: "Local",
      type: "WorksheetChanged",
      ...(this.tagsEvents ? { triggerSource: this.addinWriting ? "ThisLocalAddin" : "Unknown" } : {}),
    };
    for (const listener of this.listeners) setTimeout(() => listener(event), 0);
  }
}
