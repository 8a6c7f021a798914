/** The format of a stand-in range: font, fill, borders, alignment, sizes. */
import { cellsIn, MAX_COLUMN, MAX_ROW, type Rect } from "./a1.js";
import type { RequestContext } from "./client-base.js";
import type { SheetRef } from "./range-client.js";
import { StandInError, type CellModel } from "./workbook-model.js";

const isWholeColumns = (r: Rect): boolean => r.top === 1 && r.bottom === MAX_ROW;
const isWholeRows = (r: Rect): boolean => r.left === 1 && r.right === MAX_COLUMN;

/** Runs `fn` on every cell of bounded areas, after the protection check, then reports the change. */
function formatCells(ctx: RequestContext, sheet: SheetRef, rects: readonly Rect[], fn: (c: CellModel) => void): void {
  ctx.enqueue(() => {
    const s = sheet();
    for (const r of rects) {
      if (isWholeColumns(r) || isWholeRows(r)) throw new StandInError("InvalidArgument", "Unbounded format not supported by the stand-in");
      ctx.model.guard(s, r, "format");
      for (const { row, column } of cellsIn(r)) fn(ctx.model.cell(s, row, column));
      ctx.model.changed(s, r);
    }
  });
}

class FontClient {
  constructor(
    private readonly ctx: RequestContext,
    private readonly sheet: SheetRef,
    private readonly rects: readonly Rect[],
  ) {}
  private set(name: string, value: unknown): void {
    formatCells(this.ctx, this.sheet, this.rects, (c) => (c.format.font = { ...c.format.font, [name]: value }));
  }
  set name(v: string) {
    this.set("name", v);
  }
  set size(v: number) {
    this.set("size", v);
  }
  set bold(v: boolean) {
    this.set("bold", v);
  }
  set italic(v: boolean) {
    this.set("italic", v);
  }
  set underline(v: string) {
    this.set("underline", v);
  }
  set color(v: string) {
    this.set("color", v);
  }
}

class FillClient {
  constructor(
    private readonly ctx: RequestContext,
    private readonly sheet: SheetRef,
    private readonly rects: readonly Rect[],
  ) {}
  set color(v: string) {
    formatCells(this.ctx, this.sheet, this.rects, (c) => (c.format.fill = v.toUpperCase()));
  }
  clear(): void {
    formatCells(this.ctx, this.sheet, this.rects, (c) => delete c.format.fill);
  }
}

class BordersClient {
  constructor(
    private readonly ctx: RequestContext,
    private readonly sheet: SheetRef,
    private readonly rects: readonly Rect[],
  ) {}
  getItem(index: string): Record<string, unknown> {
    const setter = (prop: string) => (v: unknown) =>
      formatCells(this.ctx, this.sheet, this.rects, (c) => {
        c.format.borders = { ...c.format.borders, [index]: { ...c.format.borders?.[index], [prop]: v } };
      });
    return Object.defineProperties({}, { style: { set: setter("style") }, weight: { set: setter("weight") }, color: { set: setter("color") } });
  }
}

export class FormatClient {
  constructor(
    private readonly ctx: RequestContext,
    private readonly sheet: SheetRef,
    private readonly rects: readonly Rect[],
  ) {}
  get font(): FontClient {
    return new FontClient(this.ctx, this.sheet, this.rects);
  }
  get fill(): FillClient {
    return new FillClient(this.ctx, this.sheet, this.rects);
  }
  get borders(): BordersClient {
    return new BordersClient(this.ctx, this.sheet, this.rects);
  }
  get protection(): { locked: boolean } {
    const { ctx, sheet, rects } = this;
    return Object.defineProperty({} as { locked: boolean }, "locked", {
      set: (v: boolean) => formatCells(ctx, sheet, rects, (c) => (c.locked = v)),
    });
  }
  set horizontalAlignment(v: string) {
    formatCells(this.ctx, this.sheet, this.rects, (c) => (c.format.horizontalAlignment = v));
  }
  set verticalAlignment(v: string) {
    formatCells(this.ctx, this.sheet, this.rects, (c) => (c.format.verticalAlignment = v));
  }
  set wrapText(v: boolean) {
    formatCells(this.ctx, this.sheet, this.rects, (c) => (c.format.wrapText = v));
  }
  set indentLevel(v: number) {
    formatCells(this.ctx, this.sheet, this.rects, (c) => (c.format.indentLevel = v));
  }
  set columnWidth(points: number) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      for (const r of this.rects) for (let c = r.left; c <= r.right; c++) s.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      for (const r of this.rects) for (let row = r.top; row <= r.bottom; row++) s.rowHeights.set(row, points);
    });
  }
}
