import { Dec, type Decimal } from "./decimal.js";

/**
 * Rounds to `decimals` places, ties away from zero (23.35 → 23.4,
 * 82.475 → 82.48, 2.5 → 3, -2.5 → -3). This is how Excel's ROUND and the
 * reports round. `decimals` must be a non-negative integer.
 */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError(`decimals must be a non-negative integer, got ${decimals}`);
  }
  return new Dec(value).toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
}

/**
 * `part / whole × 100`, computed as `part × 100 / whole` with 40 significant
 * digits (exact whenever the result terminates within them). Returns null when
 * `whole` is zero. Round the result with `roundHalfUp` to compare it with a
 * written percentage.
 */
export function percentOf(part: Decimal, whole: Decimal): Decimal | null {
  if (whole.isZero()) return null;
  return new Dec(part).times(100).div(whole);
}
