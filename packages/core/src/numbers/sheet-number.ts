import type { Decimal } from "./decimal.js";

/**
 * A figure as a number a worksheet can hold, or null: a value past what a
 * double holds (Infinity) or NaN is never written (`<v>Infinity</v>` makes a
 * part Excel refuses). Figures are refused past 10^15 when read, so a
 * national sum never gets there; this is the writer's own guard.
 */
export function sheetNumber(value: Decimal): number | null {
  const n = value.toNumber();
  return Number.isFinite(n) ? n : null;
}
