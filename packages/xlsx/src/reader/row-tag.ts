import { MAX_ROWS } from "./cell-address.js";

/**
 * The start tag of a row as writers put it, read by hand: `<row`, then attributes each
 * after one space, with plain names and double quotes, then `>`; its `r` (by local name,
 * the first one, as `XmlTokenizer.attr` finds it) when it is 1 to 7 digits naming a row in
 * range. A subset of what the tokenizer accepts, with the same meaning: anything else
 * (self-closing, other white space, namespace declarations, entities, a bad or odd `r`)
 * does not match and goes through the tokenizer, which reads or refuses it as ever.
 */
export class RowTagScanner {
  /** The row `r` names; -1 when the tag has no `r`. */
  row = -1;

  /** Reads a row start tag at `at`: the position after it, or -1. */
  scan(src: string, at: number): number {
    if (src.charCodeAt(at) !== 60 || src.charCodeAt(at + 1) !== 114 || src.charCodeAt(at + 2) !== 111 || src.charCodeAt(at + 3) !== 119) return -1;
    let row = -1;
    let i = at + 4;
    for (;;) {
      let c = src.charCodeAt(i);
      if (c === 62 /* > */) {
        this.row = row;
        return i + 1;
      }
      if (c !== 32) return -1;
      const nameStart = ++i;
      let local = i;
      for (; ; i++) {
        c = src.charCodeAt(i);
        if (c === 58 /* : */) local = i + 1;
        else if (!isNameChar(c)) break;
      }
      if (i === nameStart || local === i || c !== 61 /* = */ || src.charCodeAt(i + 1) !== 34 /* " */) return -1;
      // Namespace declarations are not attributes: left to the tokenizer.
      if (src.startsWith("xmlns", nameStart) && (i === nameStart + 5 || local === nameStart + 6)) return -1;
      const valueStart = i + 2;
      const valueEnd = src.indexOf('"', valueStart);
      if (valueEnd < 0) return -1;
      if (row < 0 && i - local === 1 && src.charCodeAt(local) === 114 /* r */) {
        row = rowNumber(src, valueStart, valueEnd);
        if (row < 0) return -1;
      }
      i = valueEnd + 1;
    }
  }
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

/** 1 to 7 digits naming a row in range, else -1. */
function rowNumber(src: string, from: number, to: number): number {
  if (to === from || to - from > 7) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = src.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n >= 1 && n <= MAX_ROWS ? n : -1;
}
