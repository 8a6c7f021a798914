import { makePeriod } from "./parse-period.js";
import type { Period } from "./period.js";

/**
 * The period a report compares with: the same kind one year earlier for
 * `H1` and `Y`, the quarter before for `Q` (quý I → quý IV of the year before).
 */
export function previousPeriod(period: Period): Period {
  if (period.kind !== "Q") return makePeriod(period.year - 1, period.kind);
  const quarter = period.quarter ?? 1;
  return quarter === 1 ? makePeriod(period.year - 1, "Q", 4) : makePeriod(period.year, "Q", (quarter - 1) as 1 | 2 | 3);
}

/** The same period one year earlier (`cùng kỳ năm trước`). */
export function samePeriodLastYear(period: Period): Period {
  return makePeriod(period.year - 1, period.kind, period.quarter);
}
