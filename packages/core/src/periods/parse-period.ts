import type { Finding } from "../finding/finding.js";
import { daysInMonth, isoDate } from "./iso-date.js";
import type { Period, PeriodKind, Quarter } from "./period.js";
import { PeriodError } from "./period-error.js";

/** Years accepted in period ids; anything else is almost certainly a typo. */
export const MIN_PERIOD_YEAR = 1945;
export const MAX_PERIOD_YEAR = 2100;

/** The accepted spellings, quoted in findings. */
export const PERIOD_FORMATS = "YYYY-H1, YYYY-Y, YYYY-Q1 … YYYY-Q4";

export type ParsePeriodResult = { period: Period } | { finding: Finding };

const PERIOD_ID = /^(\d{4})-(H1|Y|Q([1-4]))$/;

/** Builds a period from its parts. Throws `PeriodError` on a bad year or quarter. */
export function makePeriod(year: number, kind: PeriodKind, quarter?: Quarter): Period {
  if (!Number.isInteger(year) || year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new PeriodError(`Năm ${year} nằm ngoài khoảng ${MIN_PERIOD_YEAR}–${MAX_PERIOD_YEAR}.`, String(year));
  }
  switch (kind) {
    case "H1":
      return { id: `${year}-H1`, year, kind, start: isoDate(year, 1, 1), end: isoDate(year, 6, 30) };
    case "Y":
      return { id: `${year}-Y`, year, kind, start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
    case "Q": {
      if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
        throw new PeriodError(`Quý phải từ 1 đến 4, nhận được ${String(quarter)}.`, String(quarter));
      }
      const lastMonth = quarter * 3;
      return {
        id: `${year}-Q${quarter}`,
        year,
        kind,
        quarter,
        start: isoDate(year, lastMonth - 2, 1),
        end: isoDate(year, lastMonth, daysInMonth(year, lastMonth)),
      };
    }
  }
}

/**
 * Reads a period id: `2022-H1`, `2022-Y`, `2023-Q1` … `2023-Q4` (case and
 * surrounding spaces ignored). Bad input is data: a `period.invalid` finding.
 */
export function parsePeriod(text: string): ParsePeriodResult {
  const m = PERIOD_ID.exec(text.trim().toUpperCase());
  const year = m ? Number(m[1]) : NaN;
  if (!m || year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    return {
      finding: {
        code: "period.invalid",
        severity: "error",
        path: {},
        params: {
          text,
          expected: PERIOD_FORMATS,
          minYear: MIN_PERIOD_YEAR,
          maxYear: MAX_PERIOD_YEAR,
        },
      },
    };
  }
  const kindText = m[2];
  if (kindText === "H1") return { period: makePeriod(year, "H1") };
  if (kindText === "Y") return { period: makePeriod(year, "Y") };
  return { period: makePeriod(year, "Q", Number(m[3]) as Quarter) };
}

/** Like `parsePeriod`, for ids that come from code or configuration: throws `PeriodError`. */
export function periodOrThrow(text: string): Period {
  const result = parsePeriod(text);
  if ("period" in result) return result.period;
  throw new PeriodError(`Kỳ báo cáo "${text}" không hợp lệ; dùng một trong các dạng ${PERIOD_FORMATS}.`, text);
}
