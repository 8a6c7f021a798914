import type { ColumnKind } from "./cell-value.js";
import { Dec, type Decimal } from "./decimal.js";

/** Outcome of reading a text as a Vietnamese-written number. */
export type ViTextParse = { kind: "empty" } | { kind: "number"; value: Decimal; decimals: number } | { kind: "not_a_number" } | { kind: "ambiguous" };

/** A lone dash means "nothing" in the reports. */
const EMPTY_DASHES = new Set(["-", "\u2013", "\u2014"]);

/** Characters accepted as thousands separators between groups of three digits. */
const SPACE = "[ \\u00A0\\u202F]";
const HAS_SPACE = new RegExp(SPACE);
const SPACED_VI = new RegExp(`^\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d+)?$`);
const SPACED_POINT = new RegExp(`^\\d{1,3}(?:${SPACE}\\d{3})+\\.\\d+$`);
const SPACES = new RegExp(SPACE, "g");
const TRAILING_SPACES = new RegExp(`${SPACE}+$`);

/** `1019` or `23,3`: digits with an optional decimal comma. */
const VI_PLAIN = /^(\d+)(?:,(\d+))?$/;
/** `1.019` or `1.234,56`: dot thousands groups of exactly three digits. */
const VI_GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/;
/** `1,019` in a count column: 1019 written the English way, or 1.019? */
const COMMA_THOUSANDS = /^[1-9]\d{0,2},\d{3}$/;

/**
 * Reads a number written with Vietnamese conventions: "." groups thousands,
 * "," starts the decimals, spaces may group thousands (" 1 019 " → 1019),
 * leading zeros are fine ("08"), an optional sign, and a trailing "%" only
 * in percent columns. Digits-and-separators text that is not valid in this
 * convention ("23.3", "1,019.5", "1.2.3", and "1,019" in a count column) is
 * ambiguous: it is never guessed.
 */
export function parseViNumber(text: string, column: ColumnKind): ViTextParse {
  let s = text.trim();
  if (s === "" || EMPTY_DASHES.has(s)) return { kind: "empty" };

  let negative = false;
  if (s.startsWith("+") || s.startsWith("-")) {
    negative = s.startsWith("-");
    s = s.slice(1);
  }
  if (s.endsWith("%")) {
    if (column !== "percent") return { kind: "not_a_number" };
    s = s.slice(0, -1).replace(TRAILING_SPACES, "");
  }

  if (HAS_SPACE.test(s)) {
    if (SPACED_VI.test(s)) s = s.replace(SPACES, "");
    else if (SPACED_POINT.test(s)) return { kind: "ambiguous" };
    else return { kind: "not_a_number" };
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { kind: "not_a_number" };
  if (column === "count" && COMMA_THOUSANDS.test(s)) return { kind: "ambiguous" };

  const match = VI_PLAIN.exec(s) ?? VI_GROUPED.exec(s);
  if (match === null) return { kind: "ambiguous" };
  const integer = (match[1] ?? "").replaceAll(".", "");
  const fraction = match[2] ?? "";
  let value = new Dec(fraction === "" ? integer : `${integer}.${fraction}`);
  if (negative && !value.isZero()) value = value.negated();
  return { kind: "number", value, decimals: fraction.length };
}
