import { cutText } from "./cut-text.js";

/** Most characters of a cell's (or a name's) text that a finding quotes. */
export const MAX_QUOTED_CHARS = 200;

/**
 * Text from a file as a finding quotes it: at most MAX_QUOTED_CHARS, cut with
 * a visible "…", so one huge cell never makes a huge finding, report or JSON.
 */
export function quoteText(text: string): string {
  return cutText(text, MAX_QUOTED_CHARS, "…");
}
