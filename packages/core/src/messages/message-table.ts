import type { Finding, FindingParam } from "../finding/finding.js";
import type { FindingCode } from "../finding/finding-code.js";

export type Locale = "vi" | "en";

/** What a message may look up beyond the finding: names from the catalogue. */
export interface MessageContext {
  annexTitle(code: string): string | undefined;
  /** A parameter as text. */
  text(name: string): string;
  /** A number parameter (canonical decimal string) in the locale's notation. */
  num(name: string): string;
  /** A list parameter of numbers, each in the locale's notation. */
  nums(name: string): string[];
  param(name: string): FindingParam | undefined;
}

/** One message per finding code; a table must cover every code. */
export type MessageTable = { readonly [C in FindingCode]: (ctx: MessageContext, finding: Finding) => string };
