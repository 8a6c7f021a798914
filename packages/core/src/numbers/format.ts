import { Dec, type Decimal } from "./decimal.js";
import { roundHalfUp } from "./round.js";

/**
 * Vietnamese number formatting without floating point: "." groups thousands
 * (also in 4-digit numbers: "1.919", as Intl vi-VN does), "," starts the
 * decimals, ASCII "-" for negatives. A value that rounds to zero is written
 * without a sign ("0,0", where Intl writes "-0,0").
 */

function toDecimal(value: Decimal | number | bigint): Decimal {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
    // The shortest round-trip form: 82.475 is formatted as written, not as its binary value.
    return new Dec(String(value));
  }
  if (typeof value === "bigint") return new Dec(value.toString());
  if (!value.isFinite()) throw new RangeError(`cannot format ${value.toString()}`);
  return value;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** `value` rounded half-up to exactly `decimals` places: "23,3", "82,48", "1.234,50". */
export function formatDecimal(value: Decimal | number, decimals: number): string {
  const rounded = roundHalfUp(toDecimal(value), decimals);
  const negative = rounded.isNegative() && !rounded.isZero();
  const fixed = rounded.abs().toFixed(decimals);
  const [integer = "0", fraction] = fixed.split(".");
  const body = fraction === undefined ? groupThousands(integer) : `${groupThousands(integer)},${fraction}`;
  return negative ? `-${body}` : body;
}

/** A whole number with "." thousands: "1.919", "5.300.000", "-19.450". Fractions are rounded half-up. */
export function formatCount(n: number | Decimal | bigint): string {
  return formatDecimal(toDecimal(n), 0);
}

/** `formatDecimal` followed by "%": "23,3%". */
export function formatPercent(value: Decimal | number, decimals: number): string {
  return `${formatDecimal(value, decimals)}%`;
}

/**
 * A small count as reports write it, with a leading zero: 1–9 → "01"…"09".
 * Zero, negatives and numbers ≥ 10 are written as `formatCount` writes them.
 */
export function formatCountPadded(n: number | Decimal | bigint): string {
  const text = formatCount(n);
  return /^[1-9]$/.test(text) ? `0${text}` : text;
}
