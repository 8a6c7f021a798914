import { makePeriod } from "./parse-period.js";
import type { Period, Quarter } from "./period.js";

const QUARTERS: Record<string, Quarter> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/**
 * Reads a period back from the words a form prints: "Kỳ báo cáo: năm 2022",
 * "6 tháng đầu năm 2022", "quý I năm 2023". Undefined when the text names no
 * single period.
 */
export function parsePeriodLabel(text: string): Period | undefined {
  const t = text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ");
  const half = /6 tháng đầu năm (\d{4})/.exec(t);
  if (half?.[1]) return makePeriod(Number(half[1]), "H1");
  const quarter = /quý (iv|iii|ii|i|[1-4]) (?:năm )?(\d{4})/.exec(t);
  if (quarter?.[1] && quarter[2]) return makePeriod(Number(quarter[2]), "Q", QUARTERS[quarter[1]]);
  const year = /(?:^|[^\p{L}])năm (\d{4})/u.exec(t);
  if (year?.[1] && !/tháng|quý/.test(t)) return makePeriod(Number(year[1]), "Y");
  return undefined;
}
