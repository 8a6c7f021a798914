import type { Catalogue } from "../catalogue/catalogue.js";
import { argumentError, isRecord } from "../errors/argument-error.js";
import type { Finding } from "../finding/finding.js";
import { en } from "./en.js";
import { localNumber } from "./local-number.js";
import { locationText } from "./location.js";
import type { AnyMessage, Locale, MessageContext, MessageTable } from "./message-table.js";
import { vi } from "./vi.js";

const TABLES: Record<Locale, MessageTable> = { vi, en };

export interface FormatOptions {
  locale?: Locale;
  /** Lets messages name annexes by title. */
  catalogue?: Catalogue;
  /** Leave the location prefix out (a caller showing it in its own column). */
  withoutLocation?: boolean;
  /** Leave the file out of the location (a caller grouping findings by file). */
  withoutFile?: boolean;
  /** A clause inside a sentence: the first letter stays as the message has it. */
  asClause?: boolean;
}

function context(finding: Finding, locale: Locale, catalogue: Catalogue | undefined): MessageContext {
  const param = (name: string) => finding.params[name];
  const text = (name: string) => {
    const v = param(name);
    if (v === undefined || v === null) return "";
    return Array.isArray(v) ? v.join(", ") : String(v);
  };
  return {
    annexTitle: (code) => catalogue?.annex(code)?.title,
    param,
    text,
    num: (name) => localNumber(text(name), locale),
    nums: (name) => {
      const v = param(name);
      return Array.isArray(v) ? v.map((x) => localNumber(String(x), locale)) : [];
    },
  };
}

/** The message of one finding, in Vietnamese unless asked otherwise, NFC. */
export function formatFinding(finding: Finding, options: FormatOptions = {}): string {
  const locale = options.locale ?? "vi";
  const table = TABLES[locale];
  if (!table) throw argumentError("formatFinding", "options.locale", '"vi" or "en"', locale);
  if (!isRecord(finding) || !isRecord(finding.path) || !isRecord(finding.params)) {
    throw argumentError("formatFinding", "finding", "a finding ({ code, severity, path, params })", finding);
  }
  const message = table[finding.code] as AnyMessage | undefined;
  if (typeof message !== "function") throw argumentError("formatFinding", "finding.code", "a code of FINDING_CODES", finding.code);
  const body = message(context(finding, locale, options.catalogue), finding);
  const where = options.withoutLocation ? "" : locationText(finding.path, locale, !options.withoutFile);
  const text = where ? `${where}: ${body}` : body;
  return (options.asClause ? text : text.charAt(0).toLocaleUpperCase(locale) + text.slice(1)).normalize("NFC");
}
