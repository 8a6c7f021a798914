import type { Alignment, Borders, CellValue, DataValidation, Fill, Font, Protection } from "exceljs";
import type { DrawnCell } from "./drawing-api.js";

/** A cell's look, as exceljs models it. */
export interface CellStyle {
  font?: Partial<Font>;
  alignment?: Partial<Alignment>;
  border?: Partial<Borders>;
  fill?: Fill;
  numFmt?: string;
  protection?: Partial<Protection>;
}

/**
 * One cell of the sheet writer, with exceljs's semantics where the drawing
 * code relies on them: a merged cell shares its master's style object and
 * passes values on to the master.
 */
export class WrittenCell implements DrawnCell {
  style: CellStyle = {};
  /** Set when the cell is merged into another (not the range's top-left cell). */
  master: WrittenCell | undefined;
  private own: CellValue = null;
  private validation: DataValidation | undefined;

  constructor(
    readonly row: number,
    readonly column: number,
  ) {}

  get value(): CellValue {
    return this.master ? this.master.value : this.own;
  }

  set value(v: CellValue) {
    if (this.master) this.master.value = v;
    else this.own = v === undefined ? null : v;
  }

  /** The value the cell itself holds: none for a merged cell. */
  get ownValue(): CellValue {
    return this.master ? null : this.own;
  }

  mergeInto(master: WrittenCell): void {
    this.master = master;
    this.own = null;
    this.style = master.style;
  }

  get font(): Partial<Font> {
    return this.style.font as Partial<Font>;
  }
  set font(v: Partial<Font>) {
    this.style.font = v;
  }
  get alignment(): Partial<Alignment> {
    return this.style.alignment as Partial<Alignment>;
  }
  set alignment(v: Partial<Alignment>) {
    this.style.alignment = v;
  }
  get border(): Partial<Borders> {
    return this.style.border as Partial<Borders>;
  }
  set border(v: Partial<Borders>) {
    this.style.border = v;
  }
  get fill(): Fill {
    return this.style.fill as Fill;
  }
  set fill(v: Fill) {
    this.style.fill = v;
  }
  get numFmt(): string {
    return this.style.numFmt as string;
  }
  set numFmt(v: string) {
    this.style.numFmt = v;
  }
  get protection(): Partial<Protection> {
    return this.style.protection as Partial<Protection>;
  }
  set protection(v: Partial<Protection>) {
    this.style.protection = v;
  }
  get dataValidation(): DataValidation {
    return this.validation as DataValidation;
  }
  set dataValidation(v: DataValidation) {
    this.validation = v;
  }
}
