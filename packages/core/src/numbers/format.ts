import { argumentError } from "../errors/argument-error.js";
import { Dec, type Decimal } from "./decimal.js";
import { roundHalfUp } from "./round.js";

/**
 * Vietnamese number formatting without floating point: "." groups thousands
 * (also in 4-digit numbers: "1.919", as Intl vi-VN does), "," starts the
 * decimals, ASCII "-" for negatives. A value that rounds to zero is written
 * without a sign ("0,0", where Intl writes "-0,0").
 *
 * Values may be numbers, bigints, Decimals, or canonical decimal strings
 * such as finding params carry ("23.34", "-19450"); anything else is a
 * TypeError naming the function.
 */

/** A number as these functions take it. */
export type FormattableNumber = Decimal | number | bigint | string;

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const EXPECTED = 'a number, a bigint, a Decimal or a decimal string such as "23.34"';

function isDecimal(value: unknown): value is Decimal {
  return (
    value instanceof Dec ||
    (typeof value === "object" && value !== null && typeof (value as Decimal).isFinite === "function" && typeof (value as Decimal).toFixed === "function")
  );
}

function toDecimal(fn: string, value: unknown): Decimal {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`${fn}: cannot format ${value}.`);
    // The shortest round-trip form: 82.475 is formatted as written, not as its binary value.
    return new Dec(String(value));
  }
  if (typeof value === "bigint") return new Dec(value.toString());
  if (typeof value === "string") {
    const text = value.trim();
    if (!DECIMAL_TEXT.test(text)) throw argumentError(fn, "value", EXPECTED, value);
    return new Dec(text);
  }
  if (!isDecimal(value)) throw argumentError(fn, "value", EXPECTED, value);
  if (!value.isFinite()) throw new RangeError(`${fn}: cannot format ${value.toString()}.`);
  // A Decimal of another decimal.js copy is taken by its value.
  return value instanceof Dec ? value : new Dec((value as Decimal).toString());
}

/** A wrong type is a TypeError; a number out of range stays the RangeError rounding throws. */
function checkDecimals(fn: string, decimals: unknown): asserts decimals is number {
  if (typeof decimals !== "number") throw argumentError(fn, "decimals", "a whole number of decimal places", decimals);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** `value` rounded half-up to exactly `decimals` places: "23,3", "82,48", "1.234,50". */
export function formatDecimal(value: FormattableNumber, decimals: number): string {
  checkDecimals("formatDecimal", decimals);
  return formatChecked(toDecimal("formatDecimal", value), decimals);
}

function formatChecked(value: Decimal, decimals: number): string {
  const rounded = roundHalfUp(value, decimals);
  const negative = rounded.isNegative() && !rounded.isZero();
  const fixed = rounded.abs().toFixed(decimals);
  const [integer = "0", fraction] = fixed.split(".");
  const body = fraction === undefined ? groupThousands(integer) : `${groupThousands(integer)},${fraction}`;
  return negative ? `-${body}` : body;
}

/** A whole number with "." thousands: "1.919", "5.300.000", "-19.450". Fractions are rounded half-up. */
export function formatCount(n: FormattableNumber): string {
  return formatChecked(toDecimal("formatCount", n), 0);
}

/** `formatDecimal` followed by "%": "23,3%". */
export function formatPercent(value: FormattableNumber, decimals: number): string {
  checkDecimals("formatPercent", decimals);
  return `${formatChecked(toDecimal("formatPercent", value), decimals)}%`;
}

/**
 * A small count as reports write it, with a leading zero: 1–9 → "01"…"09".
 * Zero, negatives and numbers ≥ 10 are written as `formatCount` writes them.
 */
export function formatCountPadded(n: FormattableNumber): string {
  const text = formatChecked(toDecimal("formatCountPadded", n), 0);
  return /^[1-9]$/.test(text) ? `0${text}` : text;
}
