/** What an Excel number format code says about how a number is displayed. */
export interface NumberFormatInfo {
  /** The format multiplies by 100 and shows a `%`. */
  percent: boolean;
  /**
   * Fixed number of decimals shown, or null when the display does not fix it
   * (General, no format, optional `#`/`?` decimal places, scientific, dates).
   */
  decimals: number | null;
  /** The text format `@`. */
  text: boolean;
}

const NO_FORMAT: NumberFormatInfo = { percent: false, decimals: null, text: false };

/**
 * The first section of a format code with everything that is not a format
 * token removed: quoted literals `"..."`, escaped characters `\x`, brackets
 * (`[Red]`, `[$-42A]`, `[>=100]`), padding `_x` and fill `*x`.
 */
function firstSectionTokens(format: string): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === ";") break;
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      i = end === -1 ? format.length : end;
    } else if (ch === "[") {
      const end = format.indexOf("]", i + 1);
      i = end === -1 ? format.length : end;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++; // skip the escaped, padding or fill character
    } else {
      out += ch;
    }
  }
  return out;
}

/** Decimals fixed by the digit placeholders of a cleaned number section. */
function fixedDecimals(tokens: string): number | null {
  if (!/[0#?]/.test(tokens)) return null;
  // Scientific notation does not fix the decimals of the value itself.
  if (/[eE][+-]/.test(tokens)) return null;
  const point = tokens.indexOf(".");
  if (point === -1) return 0;
  const placeholders = /^[0#?]*/.exec(tokens.slice(point + 1))?.[0] ?? "";
  if (/[#?]/.test(placeholders)) return null;
  return placeholders.length;
}

/**
 * Parses an Excel number format code: "General" → decimals null, "0" → 0,
 * "#,##0.00" → 2, "0.0%" → percent with 1 decimal, "@" → text. Only the first
 * section (positive numbers) counts. A `%` inside quotes is a literal.
 */
export function numberFormatInfo(format: string | undefined): NumberFormatInfo {
  if (format === undefined) return NO_FORMAT;
  let tokens = firstSectionTokens(format);
  const general = /general/i.test(tokens);
  tokens = tokens.replace(/general/gi, "");
  const percent = tokens.includes("%");
  const text = tokens.includes("@");
  // Date and time formats (d, m, y, h, s) display no plain decimals.
  const dateLike = /[dmyhs]/i.test(tokens);
  const decimals = general || dateLike ? null : fixedDecimals(tokens);
  return { percent, decimals, text };
}
