/** Range and RangeAreas in the stand-in (their formats: range-format-client.ts). */
import { cellName, cellsIn, parseAreas, type Rect } from "./a1.js";
import { ClientObject, type RequestContext } from "./client-base.js";
import { FormatClient } from "./range-format-client.js";
import type { Scalar } from "./formula.js";
import { StandInError, type CellModel, type SheetModel } from "./workbook-model.js";

export type SheetRef = () => SheetModel;

function valueType(v: Scalar): string {
  if (v === null) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "object") return "Error";
  return "String";
}

/** Several rectangles of one sheet (`getRanges`). */
export class RangeAreasClient extends ClientObject {
  constructor(
    context: RequestContext,
    protected readonly sheet: SheetRef,
    protected readonly rects: readonly Rect[],
  ) {
    super(context);
  }
  protected read(name: string): unknown {
    if (name === "address") return this.rects.map((r) => `${this.sheet().name}!${cellName(r.top, r.left)}:${cellName(r.bottom, r.right)}`).join(", ");
    if (name === "areaCount") return this.rects.length;
    throw new StandInError("InvalidArgument", `Stand-in cannot load ${name}`);
  }
  get format(): FormatClient {
    return new FormatClient(this.context, this.sheet, this.rects);
  }
  get address(): string {
    return this.got("address");
  }
}

/** One rectangle (`getRange`). */
export class RangeClient extends RangeAreasClient {
  constructor(
    context: RequestContext,
    sheet: SheetRef,
    private readonly rect: Rect,
  ) {
    super(context, sheet, [rect]);
  }

  private grid<T>(fn: (c: CellModel | undefined) => T): T[][] {
    const s = this.sheet();
    const out: T[][] = [];
    for (let row = this.rect.top; row <= this.rect.bottom; row++) {
      const line: T[] = [];
      for (let column = this.rect.left; column <= this.rect.right; column++) line.push(fn(this.context.model.peek(s, row, column)));
      out.push(line);
    }
    return out;
  }

  protected override read(name: string): unknown {
    switch (name) {
      case "values":
        return this.grid((c) => {
          const v = c?.value ?? null;
          return v === null ? "" : typeof v === "object" ? v.error : v;
        });
      case "valueTypes":
        return this.grid((c) => valueType(c?.value ?? null));
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      case "formulas":
        return this.grid((c) => c?.formula ?? (c?.value === null || c?.value === undefined ? "" : typeof c.value === "object" ? c.value.error : c.value));
      case "address":
        return `${this.sheet().name}!${cellName(this.rect.top, this.rect.left)}${this.rect.top === this.rect.bottom && this.rect.left === this.rect.right ? "" : `:${cellName(this.rect.bottom, this.rect.right)}`}`;
      default:
        return super.read(name);
    }
  }

  get isNullObject(): boolean {
    return false;
  }
  get values(): unknown[][] {
    return this.got("values");
  }
  get valueTypes(): string[][] {
    return this.got("valueTypes");
  }
  get numberFormat(): unknown[][] {
    return this.got("numberFormat");
  }
  get formulas(): unknown[][] {
    return this.got("formulas");
  }

  private writeGrid(input: unknown[][], what: "value" | "format", fn: (c: CellModel, v: unknown, row: number, column: number) => void): void {
    this.context.enqueue(() => {
      const s = this.sheet();
      const rows = this.rect.bottom - this.rect.top + 1;
      const cols = this.rect.right - this.rect.left + 1;
      if (input.length !== rows || input.some((line) => line.length !== cols))
        throw new StandInError("InvalidArgument", `Array of ${input.length} rows does not match ${rows}×${cols} range`);
      this.context.model.guard(s, this.rect, what);
      input.forEach((line, i) =>
        line.forEach((v, j) => fn(this.context.model.cell(s, this.rect.top + i, this.rect.left + j), v, this.rect.top + i, this.rect.left + j)),
      );
      this.context.model.recalc();
      this.context.model.changed(s, this.rect);
    });
  }

  set values(input: unknown[][]) {
    this.writeGrid(input, "value", (_c, v, row, column) => this.context.model.write(this.sheet(), row, column, v));
  }
  set formulas(input: unknown[][]) {
    this.writeGrid(input, "value", (_c, v, row, column) => this.context.model.write(this.sheet(), row, column, v));
  }
  set numberFormat(input: unknown[][]) {
    this.writeGrid(input, "format", (c, v) => (c.numberFormat = String(v)));
  }

  merge(_across = false): void {
    this.context.enqueue(() => this.context.model.mergeAt(this.sheet(), this.rect));
  }

  clear(_applyTo?: string): void {
    this.context.enqueue(() => {
      const s = this.sheet();
      this.context.model.guard(s, this.rect, "value");
      for (const { row, column } of cellsIn(this.rect)) {
        const c = this.context.model.peek(s, row, column);
        if (c) {
          c.value = null;
          delete c.formula;
        }
      }
      this.context.model.recalc();
      this.context.model.changed(s, this.rect);
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const s = this.sheet();
      this.context.model.requireVisible(s);
      this.context.model.activeSheetId = s.id;
      this.context.model.selection = {
        sheetId: s.id,
        address:
          cellName(this.rect.top, this.rect.left) +
          (this.rect.top === this.rect.bottom && this.rect.left === this.rect.right ? "" : `:${cellName(this.rect.bottom, this.rect.right)}`),
      };
    });
  }

  get dataValidation(): Record<string, unknown> {
    const set = (prop: string) => (v: unknown) =>
      this.context.enqueue(() => {
        const s = this.sheet();
        this.context.model.guard(s, this.rect, "format");
        for (const { row, column } of cellsIn(this.rect)) {
          const c = this.context.model.cell(s, row, column);
          c.validation = { ...c.validation, [prop]: v };
        }
      });
    return Object.defineProperties(
      {},
      {
        rule: { set: set("rule") },
        prompt: { set: set("prompt") },
        errorAlert: { set: set("errorAlert") },
        ignoreBlanks: { set: set("ignoreBlanks") },
      },
    );
  }
}

export function areas(context: RequestContext, sheet: SheetRef, address: string): RangeAreasClient {
  return new RangeAreasClient(context, sheet, parseAreas(address));
}
