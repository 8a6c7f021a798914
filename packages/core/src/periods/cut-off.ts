import { isRealDate, isoDate, pad2, parseIsoDate } from "./iso-date.js";
import type { Period } from "./period.js";
import { PeriodError } from "./period-error.js";

/** `2022-12-05` → `05/12/2022`. Throws `PeriodError` on an invalid ISO date. */
export function formatVietnameseDate(iso: string): string {
  const parts = parseIsoDate(iso);
  if (!parts) throw new PeriodError(`Ngày "${iso}" không hợp lệ; cần dạng YYYY-MM-DD.`, iso);
  return `${pad2(parts.day)}/${pad2(parts.month)}/${parts.year}`;
}

/** `2022-12-05` → "Tính đến ngày 05/12/2022". */
export function formatCutOff(iso: string): string {
  return `Tính đến ngày ${formatVietnameseDate(iso)}`;
}

/** Without a stated cut-off date, data are taken as of the period's last day. */
export function defaultCutOff(period: Period): string {
  return period.end;
}

const NUMERIC = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const WORDS = /^(?:ngày\s*)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/;
const LEAD = /^(?:số liệu )?(?:tính\s+đến|tính\s+tới|đến|tới)\s+/;

/**
 * Reads a Vietnamese date and returns it as ISO `YYYY-MM-DD`, or `undefined`
 * when the text is not a real date. Accepts `05/12/2022`, `5/12/2022`,
 * `05-12-2022`, `05.12.2022`, "ngày 05 tháng 12 năm 2022", and the same
 * after "Tính đến ngày …". Day first, always.
 */
export function parseVietnameseDate(text: string): string | undefined {
  let s = text.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
  s = s.replace(/[.,;:]$/, "").replace(LEAD, "");
  if (!WORDS.test(s)) s = s.replace(/^ngày\s*/, "");
  const m = NUMERIC.exec(s) ?? WORDS.exec(s);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  return isRealDate(year, month, day) ? isoDate(year, month, day) : undefined;
}
