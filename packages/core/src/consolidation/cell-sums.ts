import { Dec, type Decimal } from "../numbers/index.js";
import type { AnnexInputs } from "./figures.js";

/** One cell's addend or running sum: an exact safe integer as a number, else a decimal. */
type Exact = number | Decimal;

/** A unit's inputs ready to be added into several sums: each figure converted once. */
export type Addends = ReadonlyMap<string, Exact>;

/** The value as an exact number when it is a safe integer (a count), else the decimal itself. */
function exact(value: Decimal): Exact {
  if (!value.isInteger()) return value;
  const n = value.toNumber();
  return Number.isSafeInteger(n) ? n : value;
}

/** One unit's inputs as addends (the same keys in the same order). */
export function addendsOf(inputs: AnnexInputs): Addends {
  const out = new Map<string, Exact>();
  for (const [key, value] of inputs) out.set(key, exact(value));
  return out;
}

/**
 * Running sums cell by cell. Counts are integers: while every addend of a
 * cell is an integer and the sum stays a safe integer, the sum is a number
 * (exact, and no decimal made per addition); at the first other addend, or
 * past the safe range, it goes on in decimal.js. Read back as decimals,
 * the sums equal adding every addend in decimal.js from 0, keys in the
 * order first added.
 */
export class CellSums {
  private readonly sums = new Map<string, Exact>();

  add(addends: Addends): void {
    for (const [key, value] of addends) {
      const sum = this.sums.get(key) ?? 0;
      if (typeof sum === "number" && typeof value === "number") {
        const next = sum + value;
        if (Number.isSafeInteger(next)) {
          this.sums.set(key, next);
          continue;
        }
      }
      this.sums.set(key, (typeof sum === "number" ? new Dec(sum) : sum).plus(value));
    }
  }

  /** The sums as decimals. */
  decimals(): Map<string, Decimal> {
    const out = new Map<string, Decimal>();
    for (const [key, sum] of this.sums) out.set(key, typeof sum === "number" ? new Dec(sum) : sum);
    return out;
  }
}
