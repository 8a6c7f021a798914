import { parsePeriod } from "./parse-period.js";
import { periodLabel } from "./period-label.js";

/**
 * The label of a period written as an id (`2022-Y` → `năm 2022`), as a file's
 * metadata or a report gives it; an id that is not a period is shown as it is.
 */
export function periodIdLabel(id: string): string {
  const parsed = parsePeriod(id);
  return "period" in parsed ? periodLabel(parsed.period) : id;
}
