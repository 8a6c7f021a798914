import { makePeriod, type Catalogue, type Period, type PeriodKind } from "@phuluc/core";

/** Period kinds some annex of some catalogue is due in, in the order officers think of them. */
export function periodKindsOffered(catalogues: readonly Catalogue[]): PeriodKind[] {
  const due = new Set(catalogues.flatMap((c) => c.annexes.flatMap((a) => a.periods)));
  return (["H1", "Y", "Q"] as const).filter((k) => due.has(k));
}

/** Years offered: from four years back to next year, newest first. */
export function yearsOffered(today: Date): number[] {
  const year = today.getFullYear();
  return Array.from({ length: 6 }, (_, i) => year + 1 - i);
}

/**
 * The period an officer most likely reports now: the first half-year until
 * the end of September, then the year (reports are due after each period).
 */
export function likelyPeriod(today: Date, kinds: readonly PeriodKind[]): { year: number; kind: PeriodKind } {
  const month = today.getMonth() + 1;
  const year = today.getFullYear();
  if (month <= 3 && kinds.includes("Y")) return { year: year - 1, kind: "Y" };
  if (month <= 9 && kinds.includes("H1")) return { year, kind: "H1" };
  return { year, kind: kinds.includes("Y") ? "Y" : (kinds[0] ?? "Y") };
}

/** The period for a year and kind (quarters default to the first). */
export function periodOf(year: number, kind: PeriodKind, quarter: 1 | 2 | 3 | 4 = 1): Period {
  return kind === "Q" ? makePeriod(year, "Q", quarter) : makePeriod(year, kind);
}
