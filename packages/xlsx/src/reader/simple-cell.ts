import { MAX_COLS, MAX_ROWS } from "./cell-address.js";

/** Longest `<v>` read as an integer on its digits (any integer of 15 digits is exact in a double). */
const MAX_INTEGER_DIGITS = 15;

/**
 * The shape nearly every writer uses for a cell, read by hand at one position of the
 * text: `r`, `s`, `t` (each optional) in this order with double quotes, then optional
 * plain `<f>` and `<v>`, exactly what the sticky regular expression
 *   <c(?: r="([A-Z]{1,3}[0-9]{1,7})")?(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?(?:\/>|>(?:<f>([^<]*)<\/f>)?(?:<v>([^<]*)<\/v>)?<\/c>)
 * matches, without making a string of anything: a pure speed-up, anything else (prefixes,
 * other attributes or quotes, shared formulas, inline strings, comments, CDATA) does not
 * match and goes through the tokenizer. One scanner is reused for every cell of a sheet.
 */
export class SimpleCellScanner {
  src = "";
  /** Where the `<c` starts. */
  start = 0;
  /** `r`: its bounds (-1 when absent), the cell it names and whether that is valid and canonical. */
  refStart = -1;
  refEnd = -1;
  row = 0;
  col = 0;
  refValid = false;
  refCanonical = false;
  /** `s` as its digits (-1 when absent) and as a number. */
  styleStart = -1;
  styleEnd = -1;
  style = 0;
  /** `t`: bounds, -1 when absent. */
  typeStart = -1;
  typeEnd = -1;
  formulaStart = -1;
  formulaEnd = -1;
  valueStart = -1;
  valueEnd = -1;
  /** The `<v>` text as an integer when it is 1 to 15 digits, else -1. */
  integer = -1;

  /** Reads a cell at `at`; the position after it, or -1 when the cell is not of the simple shape. */
  scan(src: string, at: number): number {
    if (src.charCodeAt(at) !== 60 /* < */ || src.charCodeAt(at + 1) !== 99 /* c */) return -1;
    this.src = src;
    this.start = at;
    let i = at + 2;
    this.refStart = -1;
    this.styleStart = -1;
    this.typeStart = -1;
    this.formulaStart = -1;
    this.valueStart = -1;
    this.integer = -1;
    let c = src.charCodeAt(i);
    if (c === 32 && src.charCodeAt(i + 1) === 114 /* r */ && src.charCodeAt(i + 2) === 61 && src.charCodeAt(i + 3) === 34) {
      i = this.scanRef(src, i + 4);
      if (i < 0) return -1;
      c = src.charCodeAt(i);
    }
    if (c === 32 && src.charCodeAt(i + 1) === 115 /* s */ && src.charCodeAt(i + 2) === 61 && src.charCodeAt(i + 3) === 34) {
      const from = i + 4;
      let style = 0;
      for (i = from; i < from + 9; i++) {
        const d = src.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        style = style * 10 + d;
      }
      if (i === from || src.charCodeAt(i) !== 34) return -1;
      this.styleStart = from;
      this.styleEnd = i;
      this.style = style;
      c = src.charCodeAt(++i);
    }
    if (c === 32 && src.charCodeAt(i + 1) === 116 /* t */ && src.charCodeAt(i + 2) === 61 && src.charCodeAt(i + 3) === 34) {
      const from = i + 4;
      for (i = from; i < from + 9; i++) {
        const l = src.charCodeAt(i) | 0x20;
        if (l < 97 || l > 122) break;
      }
      if (i === from || src.charCodeAt(i) !== 34) return -1;
      this.typeStart = from;
      this.typeEnd = i;
      c = src.charCodeAt(++i);
    }
    if (c === 47 /* / */) return src.charCodeAt(i + 1) === 62 ? i + 2 : -1;
    if (c !== 62 /* > */) return -1;
    i++;
    if (src.charCodeAt(i) === 60 && src.charCodeAt(i + 1) === 102 /* f */ && src.charCodeAt(i + 2) === 62) {
      const end = src.indexOf("<", i + 3);
      if (end < 0 || !closes(src, end, 102)) return -1;
      this.formulaStart = i + 3;
      this.formulaEnd = end;
      i = end + 4;
    }
    if (src.charCodeAt(i) === 60 && src.charCodeAt(i + 1) === 118 /* v */ && src.charCodeAt(i + 2) === 62) {
      const from = i + 3;
      let integer = 0;
      for (i = from; i < from + MAX_INTEGER_DIGITS + 1; i++) {
        const d = src.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        integer = integer * 10 + d;
      }
      const end = src.charCodeAt(i) === 60 ? i : src.indexOf("<", i);
      if (end < 0 || !closes(src, end, 118)) return -1;
      this.valueStart = from;
      this.valueEnd = end;
      if (end === i && end > from && end - from <= MAX_INTEGER_DIGITS) this.integer = integer;
      i = end + 4;
    }
    return closes(src, i, 99) ? i + 4 : -1;
  }

  /** `r` from its first letter up to the closing quote; the position after the quote, or -1 when not of the shape. */
  private scanRef(src: string, from: number): number {
    let i = from;
    let col = 0;
    for (; i < from + 3; i++) {
      const c = src.charCodeAt(i);
      if (c < 65 || c > 90) break;
      col = col * 26 + (c - 64);
    }
    if (i === from) return -1;
    const digits = i;
    let row = 0;
    for (; i < digits + 7; i++) {
      const d = src.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      row = row * 10 + d;
    }
    if (i === digits || src.charCodeAt(i) !== 34) return -1;
    this.refStart = from;
    this.refEnd = i;
    this.row = row;
    this.col = col;
    // What parseCellRef accepts and calls canonical (this shape has no "$" and no lower case).
    this.refValid = col <= MAX_COLS && row >= 1 && row <= MAX_ROWS;
    this.refCanonical = src.charCodeAt(digits) !== 48 /* 0 */;
    return i + 1;
  }

  /** `r` as written. */
  ref(): string {
    return this.src.slice(this.refStart, this.refEnd);
  }
}

/** `</x>` at `at`, for a one-letter element name `x`. */
function closes(src: string, at: number, name: number): boolean {
  return src.charCodeAt(at) === 60 && src.charCodeAt(at + 1) === 47 && src.charCodeAt(at + 2) === name && src.charCodeAt(at + 3) === 62;
}
