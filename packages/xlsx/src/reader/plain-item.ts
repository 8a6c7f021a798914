import { decodeOoxmlEscapes, decodeXmlText } from "./xml-text.js";

/**
 * The shared string item nearly every writer puts, `<si><t>text</t></si>` with text free
 * of markup, read by hand at one position: its text decoded as `readRichText` decodes it
 * (entities, line ends, `_xHHHH_` escapes). Anything else (attributes, runs, phonetic
 * guidance, comments, a reference that does not decode) does not match and goes through
 * the tokenizer, which reads or refuses it as ever.
 */
export class PlainItemScanner {
  /** The text of the item last read. */
  text = "";

  /** Reads an item at `at`: the position after it, or -1. */
  scan(src: string, at: number): number {
    if (!src.startsWith("<si><t>", at)) return -1;
    const from = at + 7;
    const end = src.indexOf("<", from);
    if (end < 0 || !src.startsWith("</t></si>", end)) return -1;
    const text = decodeXmlText(src.slice(from, end), false);
    if (text === undefined) return -1;
    this.text = decodeOoxmlEscapes(text);
    return end + 9;
  }
}
