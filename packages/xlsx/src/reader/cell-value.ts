import { corrupt } from "./errors.js";
import type { RawCellValue } from "./types.js";
import { decodeOoxmlEscapes } from "./xml-text.js";

/** What a `<c>` element carried, before interpretation. */
export interface CellContent {
  /** `t` attribute. */
  type: string | undefined;
  /** Text of `<v>`. */
  v: string | undefined;
  /** Text of an inline `<is>` string. */
  inline: string | undefined;
}

/**
 * Interprets a cell's `t` and `<v>` (ECMA-376 §18.18.11 ST_CellType). A numeric
 * value that does not parse is kept as its text so that no content is lost.
 * Returns the value; `isDate` is left to the caller except for `t="d"`.
 */
export function cellValue(content: CellContent, sharedStrings: readonly string[], part: string, address: string): RawCellValue {
  const v = content.v;
  switch (content.type) {
    case "s": {
      if (v === undefined || v === "") return null;
      const text = sharedStrings[Number(v)];
      if (text === undefined) throw corrupt("shared_string_index", { part, cell: address, index: v });
      return text;
    }
    case "str":
      return v === undefined ? null : decodeOoxmlEscapes(v);
    case "inlineStr":
      return content.inline ?? (v === undefined ? null : decodeOoxmlEscapes(v));
    case "b":
      return v === undefined || v === "" ? null : v === "1" || v === "true";
    case "e":
      return v === undefined ? null : { error: v };
    case "d":
      return v === undefined || v === "" ? null : v;
    default: {
      if (v === undefined) return content.inline ?? null;
      const n = parseDecimal(v);
      if (n !== undefined) return n;
      return v.trim() === "" ? null : v;
    }
  }
}

/**
 * `Number(v)` restricted to decimal notation: `Number` alone would also accept
 * "0x1F", "0b1", "Infinity" and turn "" into 0.
 */
function parseDecimal(v: string): number | undefined {
  const c0 = v.charCodeAt(0);
  if ((c0 >= 49 && c0 <= 57) || (c0 === 48 && (v.length === 1 || v.charCodeAt(1) === 46))) {
    const n = Number(v);
    // biome-ignore lint/suspicious/noSelfCompare: the fastest finite-number test on this hot path (NaN !== NaN).
    if (n === n && n - n === 0) return n;
  }
  if (isDecimalText(v)) {
    const n = Number(v);
    if (Number.isFinite(n)) return n;
  }
  return undefined;
}

/** Digits, sign, point, exponent and spaces only, with at least one digit. */
function isDecimalText(v: string): boolean {
  let digits = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digits = true;
    else if (c !== 43 && c !== 45 && c !== 46 && c !== 69 && c !== 101 && c !== 32) return false;
  }
  return digits;
}
