import { Decimal } from "decimal.js";

/**
 * The one configured decimal constructor the library uses: 40 significant
 * digits, ties rounded half away from zero. Never use floating point for
 * report numbers; build them with `new Dec(...)`.
 */
export const Dec: Decimal.Constructor = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
});

export type { Decimal };

/** Canonical plain string of a decimal ("23.3", "1019", never exponent form, never "-0"). */
export function canonical(value: Decimal): string {
  return value.isZero() ? "0" : value.toFixed();
}
