import { EXCEL_MAX_CELL_CHARS } from "@phuluc/core";
import { type CellPosition, MAX_COLS, MAX_ROWS, cellAddress, parseCellRef } from "./cell-address.js";
import { type CellContent, cellValue } from "./cell-value.js";
import { WorkbookReadError, corrupt } from "./errors.js";
import { cellKey } from "./raw-sheet.js";
import { RowTagScanner } from "./row-tag.js";
import { readRichText } from "./shared-strings.js";
import type { CellFormats } from "./styles-part.js";
import { SimpleCellScanner } from "./simple-cell.js";
import type { RawCellValue, RawSheetCell } from "./types.js";
import { XML_CLOSE, XML_OPEN, type XmlReader } from "./xml-reader.js";
import { decodeXmlText } from "./xml-text.js";

/** Cells still allowed in the whole workbook. */
export interface CellBudget {
  remaining: number;
  limit: number;
}

export interface SheetContext {
  part: string;
  sheetName: string;
  sharedStrings: readonly string[];
  /** Shared strings past Excel's limit, left undecoded: index -> length. */
  tooLongStrings?: ReadonlyMap<number, number>;
  formats: CellFormats;
  budget: CellBudget;
}

/** Reads the rows of a `sheetData` element into cells (row-major, de-duplicated). */
export class SheetDataReader {
  private readonly cells: RawSheetCell[] = [];
  private readonly position: CellPosition = { row: 0, col: 0, canonical: true };
  private readonly content: CellContent = { type: undefined, v: undefined, inline: undefined };
  private readonly sharedRanges = new Map<string, string>();
  private readonly scanner = new SimpleCellScanner();
  private readonly rowTag = new RowTagScanner();
  private row = 0;
  private col = 0;
  private lastKey = -1;
  private ordered = true;

  constructor(
    private readonly x: XmlReader,
    private readonly context: SheetContext,
  ) {}

  /** After the OPEN of `sheetData`: consumes it. Rows and cells without `r` continue from the previous position. */
  readSheetData(): void {
    const x = this.x;
    if (x.selfClosing) {
      x.skipElement();
      return;
    }
    for (;;) {
      if (x.tryOpen(this.rowTag, "row")) {
        // A row with a valid `r`, or the next one, which may pass the last row.
        const row = this.rowTag.row < 0 ? this.row + 1 : this.rowTag.row;
        if (row > MAX_ROWS) throw corrupt("row_reference", { part: this.context.part, ref: String(row) });
        this.row = row;
        this.col = 0;
        this.readRow();
        continue;
      }
      const token = x.next();
      if (token === XML_CLOSE) return;
      if (token !== XML_OPEN) continue;
      if (x.name !== "row") {
        x.skipElement();
        continue;
      }
      const r = x.attr("r");
      const row = r === undefined ? this.row + 1 : Number(r);
      if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) {
        throw corrupt("row_reference", { part: this.context.part, ref: r ?? String(row) });
      }
      this.row = row;
      this.col = 0;
      this.readRow();
    }
  }

  /** Cells in row-major order; a cell written twice keeps its last occurrence. */
  finish(): RawSheetCell[] {
    if (this.ordered) return this.cells;
    const sorted = this.cells.map((cell, order) => ({ cell, order, key: cellKey(cell.row, cell.col) })).sort((a, b) => a.key - b.key || a.order - b.order);
    const cells: RawSheetCell[] = [];
    for (let i = 0; i < sorted.length; i++) {
      const next = sorted[i + 1];
      const current = sorted[i] as (typeof sorted)[number];
      if (next === undefined || next.key !== current.key) cells.push(current.cell);
    }
    return cells;
  }

  private readRow(): void {
    const x = this.x;
    if (x.selfClosing) {
      x.skipElement();
      return;
    }
    for (;;) {
      if (x.tryScan(this.scanner)) {
        this.emitScanned();
        continue;
      }
      const token = x.next();
      if (token === XML_CLOSE) return;
      if (token !== XML_OPEN) continue;
      if (x.name === "c") this.readCell();
      else x.skipElement();
    }
  }

  /** After the OPEN of a `c` element that the fast path did not take. */
  private readCell(): void {
    const x = this.x;
    const content = this.content;
    let ref: string | undefined;
    let style: string | undefined;
    content.type = undefined;
    content.v = undefined;
    content.inline = undefined;
    for (let k = 0; k < x.attributeCount; k++) {
      const name = x.shortAttributeName(k);
      if (name === 114 /* r */) ref = x.attributeValue(k);
      else if (name === 115 /* s */) style = x.attributeValue(k);
      else if (name === 116 /* t */) content.type = x.attributeValue(k);
    }
    let formula: string | undefined;
    let sharedRef: string | undefined;
    x.forEachChild((name) => {
      if (name === "v") content.v = x.readElementText();
      else if (name === "f") {
        const isShared = x.attr("t") === "shared";
        const range = x.attr("ref");
        const group = x.attr("si");
        formula = x.readElementText();
        if (isShared && group !== undefined) {
          if (range !== undefined) this.sharedRanges.set(group, range);
          sharedRef = this.sharedRanges.get(group);
        }
      } else if (name === "is") content.inline = readRichText(x);
      else x.skipElement();
    });
    this.emit(ref, style, formula, sharedRef);
  }

  /** Places and interprets the cell in `this.content`. */
  private emit(ref: string | undefined, style: string | undefined, formula: string | undefined, sharedRef: string | undefined): void {
    const context = this.context;
    let address: string;
    if (ref !== undefined) {
      const position = this.position;
      if (!parseCellRef(ref, position)) throw corrupt("cell_reference", { part: context.part, ref });
      this.row = position.row;
      this.col = position.col;
      address = position.canonical ? ref : cellAddress(position.row, position.col);
    } else {
      this.nextColumn();
      address = cellAddress(this.row, this.col);
    }
    this.count();
    const content = this.content;
    const tooLong = content.type === "s" && content.v ? context.tooLongStrings?.get(Number(content.v)) : undefined;
    if (tooLong !== undefined) throw this.textTooLong(address, tooLong);
    const value = cellValue(content, context.sharedStrings, context.part, address);
    // Excel never writes more: a longer text is a crafted file, refused here (the part caps do not catch one huge string).
    if (typeof value === "string" && value.length > EXCEL_MAX_CELL_CHARS) throw this.textTooLong(address, value.length);
    // Style-only blanks (no value, no formula) carry nothing for a reader of values.
    if (value === null && formula === undefined) return;
    this.push(address, value, style === undefined ? 0 : Number(style), content.type === "d", formula, sharedRef);
  }

  /**
   * The cell the scanner read, as `emit` would take it: blanks and plain integers or
   * shared strings without making a string of anything but what is kept; the others
   * through `emit` with the strings the tokenizer path gives.
   */
  private emitScanned(): void {
    const sc = this.scanner;
    const src = sc.src;
    const blank = sc.valueStart < 0 && sc.formulaStart < 0;
    const type = sc.typeStart < 0 ? 0 : sc.typeEnd - sc.typeStart === 1 ? src.charCodeAt(sc.typeStart) : -1;
    const shared = type === 115; /* s */
    if (!blank && (sc.formulaStart >= 0 || sc.integer < 0 || !(type === 0 || type === 110 /* n */ || shared))) {
      const content = this.content;
      content.type = sc.typeStart < 0 ? undefined : src.slice(sc.typeStart, sc.typeEnd);
      content.v = sc.valueStart < 0 ? undefined : this.decode(src.slice(sc.valueStart, sc.valueEnd), sc.start);
      content.inline = undefined;
      const formula = sc.formulaStart < 0 ? undefined : this.decode(src.slice(sc.formulaStart, sc.formulaEnd), sc.start);
      this.emit(sc.refStart < 0 ? undefined : sc.ref(), sc.styleStart < 0 ? undefined : src.slice(sc.styleStart, sc.styleEnd), formula, undefined);
      return;
    }
    const context = this.context;
    if (sc.refStart >= 0) {
      if (!sc.refValid) throw corrupt("cell_reference", { part: context.part, ref: sc.ref() });
      this.row = sc.row;
      this.col = sc.col;
    } else {
      this.nextColumn();
    }
    this.count();
    // A blank has no value for any type: nothing to keep.
    if (blank) return;
    const address = sc.refStart >= 0 && sc.refCanonical ? sc.ref() : cellAddress(this.row, this.col);
    let value: string | number = sc.integer;
    if (shared) {
      const tooLong = context.tooLongStrings?.get(sc.integer);
      if (tooLong !== undefined) throw this.textTooLong(address, tooLong);
      const text = context.sharedStrings[sc.integer];
      if (text === undefined) throw corrupt("shared_string_index", { part: context.part, cell: address, index: src.slice(sc.valueStart, sc.valueEnd) });
      if (text.length > EXCEL_MAX_CELL_CHARS) throw this.textTooLong(address, text.length);
      value = text;
    }
    this.push(address, value, sc.styleStart < 0 ? 0 : sc.style, false, undefined, undefined);
  }

  /** A cell without `r`: the next column of the row. */
  private nextColumn(): void {
    this.col++;
    if (this.col > MAX_COLS || this.row < 1) throw corrupt("cell_reference", { part: this.context.part, ref: "" });
  }

  /** Every `<c>` counts, blank or not: the cap bounds the work, not just the output. */
  private count(): void {
    const budget = this.context.budget;
    if (--budget.remaining < 0) {
      throw new WorkbookReadError("file.too_many_cells", { kind: "cells", limit: budget.limit, sheet: this.context.sheetName });
    }
  }

  private textTooLong(address: string, length: number): WorkbookReadError {
    return new WorkbookReadError("file.text_too_long", { sheet: this.context.sheetName, cell: address, length, limit: EXCEL_MAX_CELL_CHARS });
  }

  /** Keeps a cell with a value or a formula, with the number format of its style `xf`. */
  private push(address: string, value: RawCellValue, xf: number, dateType: boolean, formula: string | undefined, sharedRef: string | undefined): void {
    const formats = this.context.formats;
    const cell: RawSheetCell = { row: this.row, col: this.col, address, value, numberFormat: formats.codes[xf] ?? "General" };
    if (formula !== undefined) cell.formula = formula;
    if (sharedRef !== undefined) cell.sharedRef = sharedRef;
    if (dateType ? value !== null : typeof value === "number" && formats.isDate[xf] === true) {
      cell.isDate = true;
    }
    const key = cellKey(this.row, this.col);
    if (key <= this.lastKey) this.ordered = false;
    this.lastKey = key;
    this.cells.push(cell);
  }

  private decode(raw: string, cellOffset: number): string {
    const text = decodeXmlText(raw, false);
    if (text === undefined) throw this.x.fail("bad_reference", cellOffset);
    return text;
  }
}
