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

export const ZERO: Interval = { value: new Dec(0), half: new Dec(0) };

export function intervalOf(state: Extract<CellState, { status: "value" }>): Interval {
  return {
    value: state.value,
    half: state.exact ? new Dec(0) : new Dec(5).times(new Dec(10).pow(-(state.decimals + 1))),
  };
}

export function constant(n: number): Interval {
  return { value: new Dec(n), half: new Dec(0) };
}

export function add(a: Interval, b: Interval): Interval {
  return { value: a.value.plus(b.value), half: a.half.plus(b.half) };
}

export function subtract(a: Interval, b: Interval): Interval {
  return { value: a.value.minus(b.value), half: a.half.plus(b.half) };
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
