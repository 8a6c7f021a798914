import { EXCEL_MAX_CELL_CHARS } from "@phuluc/core";
import { type CellPosition, MAX_COLS, MAX_ROWS, cellAddress, parseCellRef } from "./cell-address.js";
import { type CellContent, cellValue } from "./cell-value.js";
import { WorkbookReadError, corrupt } from "./errors.js";
import { cellKey } from "./raw-sheet.js";
import { readRichText } from "./shared-strings.js";
import type { CellFormats } from "./styles-part.js";
import type { RawSheetCell } from "./types.js";
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

/**
 * The shape nearly every writer uses for a cell: `r`, `s`, `t` (each optional) in this order with double
 * quotes, then optional plain `<f>` and `<v>`. Matching it with one native regex is a pure
 * speed-up: anything else (prefixes, other attributes or quotes, shared formulas, inline
 * strings, comments, CDATA) fails to match and goes through the tokenizer.
 */
const SIMPLE_CELL = /<c(?: r="([A-Z]{1,3}[0-9]{1,7})")?(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?(?:\/>|>(?:<f>([^<]*)<\/f>)?(?:<v>([^<]*)<\/v>)?<\/c>)/y;

/** Reads the rows of a `sheetData` element into cells (row-major, de-duplicated). */
export class SheetDataReader {
  private readonly cells: RawSheetCell[] = [];
  private readonly position: CellPosition = { row: 0, col: 0, canonical: true };
  private readonly content: CellContent = { type: undefined, v: undefined, inline: undefined };
  private readonly sharedRanges = new Map<string, string>();
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
    const sorted = this.cells
      .map((cell, order) => ({ cell, order, key: cellKey(cell.row, cell.col) }))
      .sort((a, b) => a.key - b.key || a.order - b.order);
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
    const content = this.content;
    for (;;) {
      const match = x.tryMatch(SIMPLE_CELL);
      if (match !== null) {
        content.type = match[3];
        content.v = match[5] === undefined ? undefined : this.decode(match[5], match.index);
        content.inline = undefined;
        const formula = match[4] === undefined ? undefined : this.decode(match[4], match.index);
        this.emit(match[1], match[2], formula, undefined);
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
      this.col++;
      if (this.col > MAX_COLS || this.row < 1) throw corrupt("cell_reference", { part: context.part, ref: "" });
      address = cellAddress(this.row, this.col);
    }
    // Every `<c>` counts, blank or not: the cap bounds the work, not just the output.
    const budget = context.budget;
    if (--budget.remaining < 0) {
      throw new WorkbookReadError("file.too_many_cells", { kind: "cells", limit: budget.limit, sheet: context.sheetName });
    }
    const content = this.content;
    const tooLong = content.type === "s" && content.v ? context.tooLongStrings?.get(Number(content.v)) : undefined;
    if (tooLong !== undefined) {
      throw new WorkbookReadError("file.text_too_long", { sheet: context.sheetName, cell: address, length: tooLong, limit: EXCEL_MAX_CELL_CHARS });
    }
    const value = cellValue(content, context.sharedStrings, context.part, address);
    // Excel never writes more: a longer text is a crafted file, refused here (the part caps do not catch one huge string).
    if (typeof value === "string" && value.length > EXCEL_MAX_CELL_CHARS) {
      throw new WorkbookReadError("file.text_too_long", { sheet: context.sheetName, cell: address, length: value.length, limit: EXCEL_MAX_CELL_CHARS });
    }
    // Style-only blanks (no value, no formula) carry nothing for a reader of values.
    if (value === null && formula === undefined) return;

    const formats = context.formats;
    const xf = style === undefined ? 0 : Number(style);
    const cell: RawSheetCell = { row: this.row, col: this.col, address, value, numberFormat: formats.codes[xf] ?? "General" };
    if (formula !== undefined) cell.formula = formula;
    if (sharedRef !== undefined) cell.sharedRef = sharedRef;
    if (content.type === "d" ? value !== null : typeof value === "number" && formats.isDate[xf] === true) {
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
