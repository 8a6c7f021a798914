import type { ColumnKind, RawCell, ReadNumber, ReadProblem, ReadResult } from "./cell-value.js";
import { canonical, Dec, type Decimal } from "./decimal.js";
import { numberFormatInfo } from "./number-format-info.js";
import { parseViNumber } from "./parse-vi-number.js";
import { roundHalfUp } from "./round.js";
import { quoteText } from "../text/quote-text.js";

/**
 * The largest figure read, 10^15: no count of an annex (people, party
 * organisations, meetings) comes near it, every whole number up to it is
 * exact, and sums of many such figures stay finite (1E+308 + 1E+308 would
 * be Infinity).
 */
const MAX_FIGURE_NUMBER = 1e15;
const MAX_FIGURE = new Dec(MAX_FIGURE_NUMBER);

/** A figure as Excel shows a huge one: 1E+308. */
function shown(value: Decimal): string {
  return value.toSignificantDigits(15).toExponential().replace("e", "E");
}

/** Decimals kept from an unformatted number; longer means an unrounded formula result. */
const MAX_GENERAL_DECIMALS = 6;

type Params = ReadProblem["params"];

/** A problem; text from the cell is quoted at most a few hundred characters long. */
function problem(code: ReadProblem["code"], params: Params): ReadResult {
  if (typeof params["text"] === "string") params["text"] = quoteText(params["text"]);
  return { ok: false, problem: { code, params } };
}

function number(read: Omit<ReadNumber, "empty">): ReadResult {
  return { ok: true, read: { empty: false, ...read } };
}

/** Value and decimals as shown without a fixed format: shortest form, at most 6 decimals. */
function asWritten(value: Decimal): { value: Decimal; decimals: number } {
  const decimals = Math.min(value.decimalPlaces(), MAX_GENERAL_DECIMALS);
  return { value: roundHalfUp(value, decimals), decimals };
}

/**
 * Checks a read value against its column kind: no negatives, counts whole.
 * The sign is judged on the value as read (rounded), so float noise such as
 * -1e-17 reads as zero.
 */
function checkKind(read: Omit<ReadNumber, "empty">, kind: ColumnKind, extra: Params): ReadResult {
  // A value that rounds to zero is zero, never "-0".
  const value = read.value.isZero() ? new Dec(0) : read.value;
  if (value.abs().greaterThan(MAX_FIGURE)) {
    return problem("value.too_large", { text: shown(value), ...extra, limit: canonical(MAX_FIGURE) });
  }
  if (value.isNegative()) {
    return problem("value.negative", { ...extra, value: canonical(value) });
  }
  if (kind === "count") {
    if (!value.isInteger()) {
      // 1.078 with exactly three decimals may be 1078 typed with an English decimal point.
      const params: Params = { ...extra, value: canonical(value) };
      if (/^\d+\.\d{3}$/.test(canonical(value))) params["thousands"] = canonical(value.times(1000));
      return problem("value.not_whole", params);
    }
    return number({ ...read, value: new Dec(canonical(value)), decimals: 0 });
  }
  return number({ ...read, value });
}

/** Counts below this are made once each (decimal.js values never change): most figures of a form are small. */
const SHARED_COUNTS = 4096;
const sharedCounts: Decimal[] = [];

/** A whole count (0 for -0) as a decimal. */
function wholeCount(n: number): Decimal {
  if (n >= SHARED_COUNTS) return new Dec(n);
  const k = n === 0 ? 0 : n;
  let shared = sharedCounts[k];
  if (shared === undefined) {
    shared = new Dec(k);
    sharedCounts[k] = shared;
  }
  return shared;
}

function readJsNumber(n: number, numberFormat: string | undefined, kind: ColumnKind): ReadResult {
  // The common case, a whole count, without the detours below (same result: most cells are this).
  if (kind === "count" && Number.isSafeInteger(n) && n >= 0 && n <= MAX_FIGURE_NUMBER) {
    return { ok: true, read: { empty: false, value: wholeCount(n), decimals: 0, source: "number" } };
  }
  if (Number.isNaN(n)) return problem("value.not_a_number", { text: String(n) });
  if (!Number.isFinite(n)) return problem("value.too_large", { text: n > 0 ? "∞" : "-∞", limit: canonical(MAX_FIGURE) });
  // The shortest round-trip form is what the user typed or Excel shows.
  const exact = new Dec(n === 0 ? "0" : String(n));
  const format = numberFormatInfo(numberFormat);

  if (kind === "count") {
    // A count is the stored number itself, whatever the display format.
    const written = asWritten(exact);
    if (written.value.isInteger()) return checkKind({ ...written, source: "number" }, kind, {});
    return checkKind({ value: exact, decimals: written.decimals, source: "number" }, kind, {});
  }
  if (kind === "percent" && format.percent) {
    const percent = exact.times(100);
    const read = format.decimals === null ? asWritten(percent) : { value: roundHalfUp(percent, format.decimals), decimals: format.decimals };
    return checkKind({ ...read, source: "percent-format" }, kind, {});
  }
  // A percent display format says nothing about the decimals of a non-percent column.
  const read = format.decimals === null || format.percent ? asWritten(exact) : { value: roundHalfUp(exact, format.decimals), decimals: format.decimals };
  return checkKind({ ...read, source: "number" }, kind, {});
}

function readText(text: string, kind: ColumnKind): ReadResult {
  const parsed = parseViNumber(text, kind);
  switch (parsed.kind) {
    case "empty":
      return { ok: true, read: { empty: true } };
    case "not_a_number":
      return problem("value.not_a_number", { text });
    case "ambiguous":
      return problem("value.ambiguous", { text });
    case "number":
      return checkKind({ value: parsed.value, decimals: parsed.decimals, source: "text", text }, kind, { text });
  }
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * Reads one cell as a number of the column's kind. What cannot be read
 * unambiguously is a problem, never a guess.
 *
 * - count: a whole number ≥ 0 (decimals 0).
 * - percent: a number with a % format is a fraction (0.233 → 23.3); a plain
 *   number or text is already a percentage ("23,3%", 23.3).
 * - decimal: any number ≥ 0.
 *
 * `decimals` is how many decimals the value was written with: a fixed format's
 * decimals (the value rounded half-up to them, as the user sees it), otherwise
 * the shortest form's decimals capped at 6, or the decimals typed in text.
 */
export function readCell(cell: RawCell, kind: ColumnKind): ReadResult {
  const { value } = cell;
  if (value === null || value === undefined) return { ok: true, read: { empty: true } };
  if (typeof value === "number") return readJsNumber(value, cell.numberFormat, kind);
  if (typeof value === "string") return readText(value, kind);
  if (typeof value === "boolean") return problem("value.unsupported_type", { type: "boolean" });
  if (isDate(value)) return problem("value.unsupported_type", { type: "date" });
  if (typeof value === "object" && typeof value.error === "string") {
    return problem("value.error", { error: value.error });
  }
  return problem("value.unsupported_type", { type: typeof value });
}
