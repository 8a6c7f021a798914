import type { Finding, FindingParam } from "../finding/finding.js";
import type { FindingCode } from "../finding/finding-code.js";
import type { RuleFindingCode, RuleFindingParams } from "../finding/rule-finding-params.js";

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

/**
 * The finding a message of code `C` is given: the params of a line rule's
 * codes typed by their params, each possibly absent (a finding built by hand,
 * or read back from a report written before the formula's parts were
 * params, carries `formula` alone).
 */
export type MessageFinding<C extends FindingCode> = C extends RuleFindingCode
  ? Omit<Finding, "code" | "params"> & { code: C; params: Partial<RuleFindingParams<C>> }
  : Finding;

/** One message per finding code, given the finding with its params typed by the code; a table must cover every code. */
export type MessageTable = { readonly [C in FindingCode]: (ctx: MessageContext, finding: MessageFinding<C>) => string };

/** A message of any code, as `formatFinding` calls it with the finding of that code. */
export type AnyMessage = (ctx: MessageContext, finding: Finding) => string;
