import { Dec, type Decimal } from "../numbers/index.js";
import type { CellState } from "./cell-state.js";

/**
 * A figure with the half-width of what its written precision allows, as
 * XBRL Calculations 1.1 treats rounded inputs: 12,3 stands for [12,25; 12,35].
 * Counts are exact (half = 0).
 */
export interface Interval {
  value: Decimal;
  half: Decimal;
}

// Decimals are immutable: the zero half and the halves of each written precision are shared, not rebuilt per cell.
const NO_HALF = new Dec(0);
const halves: Decimal[] = [];

/** Half a unit in the last of `decimals` written decimals: 0.05 for one decimal. */
function halfUnit(decimals: number): Decimal {
  let half = halves[decimals];
  if (half === undefined) {
    half = new Dec(5).times(new Dec(10).pow(-(decimals + 1)));
    if (Number.isInteger(decimals) && decimals >= 0 && decimals <= 64) halves[decimals] = half;
  }
  return half;
}

/** a + b of two halves; exact plus exact stays the shared zero (the same value as summing it). */
function addHalves(a: Decimal, b: Decimal): Decimal {
  return a.isZero() && b.isZero() ? NO_HALF : a.plus(b);
}

export const ZERO: Interval = { value: new Dec(0), half: NO_HALF };

export function intervalOf(state: Extract<CellState, { status: "value" }>): Interval {
  return { value: state.value, half: state.exact ? NO_HALF : halfUnit(state.decimals) };
}

export function constant(n: number): Interval {
  return { value: new Dec(n), half: NO_HALF };
}

export function add(a: Interval, b: Interval): Interval {
  return { value: a.value.plus(b.value), half: addHalves(a.half, b.half) };
}

export function subtract(a: Interval, b: Interval): Interval {
  return { value: a.value.minus(b.value), half: addHalves(a.half, b.half) };
}

export function sum(items: readonly Interval[]): Interval {
  return items.reduce(add, ZERO);
}

/** Whether the two intervals share a point (equality within precision). */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.value.minus(b.value).abs().lte(a.half.plus(b.half));
}

/** Whether a ≤ b can hold for some values inside the intervals. */
export function canBeLessOrEqual(a: Interval, b: Interval): boolean {
  return a.value.minus(a.half).lte(b.value.plus(b.half));
}

export function isExact(i: Interval): boolean {
  return i.half.isZero();
}
