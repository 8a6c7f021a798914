import type { Period, PeriodKind } from "./period.js";

/**
 * The key annex schemas use to say in which periods an annex is due
 * (`H1`, `Y`, `Q`). Every quarter shares the key `Q`.
 */
export function kindsDueFor(period: Period): PeriodKind {
  return period.kind;
}
