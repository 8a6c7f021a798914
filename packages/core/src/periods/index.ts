export type { Period, PeriodKind, Quarter } from "./period.js";
export { PeriodError } from "./period-error.js";
export { daysInMonth, isIsoDate, isRealDate, isoDate, parseIsoDate, type DateParts } from "./iso-date.js";
export {
  MAX_PERIOD_YEAR,
  MIN_PERIOD_YEAR,
  PERIOD_FORMATS,
  makePeriod,
  parsePeriod,
  periodOrThrow,
  type ParsePeriodResult,
} from "./parse-period.js";
export { comparisonLabel, periodLabel, quarterRoman } from "./period-label.js";
export { periodIdLabel } from "./period-id-label.js";
export { previousPeriod, samePeriodLastYear } from "./period-navigation.js";
export { parsePeriodLabel } from "./parse-period-label.js";
export { defaultCutOff, formatCutOff, formatVietnameseDate, parseVietnameseDate } from "./cut-off.js";
export { kindsDueFor } from "./kinds-due.js";
