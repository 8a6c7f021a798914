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
    this.refStart = this.styleStart = this.typeStart = this.formulaStart = this.valueStart = -1;
    this.integer = -1;
    if (attributeAt(src, i, 114 /* r */)) {
      i = this.scanRef(src, i + 4);
      if (i < 0) return -1;
    }
    if (attributeAt(src, i, 115 /* s */)) {
      const end = runOf(src, i + 4, 9, isDigit);
      if (end < 0) return -1;
      this.styleStart = i + 4;
      this.styleEnd = end;
      this.style = digitsValue(src, i + 4, end);
      i = end + 1;
    }
    if (attributeAt(src, i, 116 /* t */)) {
      const end = runOf(src, i + 4, 9, isLetter);
      if (end < 0) return -1;
      this.typeStart = i + 4;
      this.typeEnd = end;
      i = end + 1;
    }
    const c = src.charCodeAt(i);
    if (c === 47 /* / */) return src.charCodeAt(i + 1) === 62 ? i + 2 : -1;
    if (c !== 62 /* > */) return -1;
    i++;
    if (src.startsWith("<f>", i)) {
      const end = src.indexOf("<", i + 3);
      if (end < 0 || !src.startsWith("</f>", end)) return -1;
      this.formulaStart = i + 3;
      this.formulaEnd = end;
      i = end + 4;
    }
    if (src.startsWith("<v>", i)) {
      const end = src.indexOf("<", i + 3);
      if (end < 0 || !src.startsWith("</v>", end)) return -1;
      this.valueStart = i + 3;
      this.valueEnd = end;
      const length = end - i - 3;
      if (length > 0 && length <= MAX_INTEGER_DIGITS && allDigits(src, i + 3, end)) this.integer = digitsValue(src, i + 3, end);
      i = end + 4;
    }
    return src.startsWith("</c>", i) ? i + 4 : -1;
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
    const end = runOf(src, digits, 7, isDigit);
    if (end < 0) return -1;
    const row = digitsValue(src, digits, end);
    this.refStart = from;
    this.refEnd = end;
    this.row = row;
    this.col = col;
    // What parseCellRef accepts and calls canonical (this shape has no "$" and no lower case).
    this.refValid = col <= MAX_COLS && row >= 1 && row <= MAX_ROWS;
    this.refCanonical = src.charCodeAt(digits) !== 48 /* 0 */;
    return end + 1;
  }

  /** `r` as written. */
  ref(): string {
    return this.src.slice(this.refStart, this.refEnd);
  }
}

/** ` x="` at `at`, for a one-letter attribute name `x`. */
function attributeAt(src: string, at: number, name: number): boolean {
  return src.charCodeAt(at) === 32 && src.charCodeAt(at + 1) === name && src.charCodeAt(at + 2) === 61 && src.charCodeAt(at + 3) === 34;
}

/** 1 to `max` characters of a class from `from`, then a double quote: the quote's position, or -1. */
function runOf(src: string, from: number, max: number, test: (c: number) => boolean): number {
  let i = from;
  while (i < from + max && test(src.charCodeAt(i))) i++;
  return i > from && src.charCodeAt(i) === 34 ? i : -1;
}

function allDigits(src: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(src.charCodeAt(i))) return false;
  return true;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function digitsValue(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (src.charCodeAt(i) - 48);
  return n;
}
