/**
 * A lower bound of the length (UTF-16 code units, as `String.length`) of the text
 * of one `<si>` item, counted on its UTF-8 bytes without decoding them: the
 * character data of its `<t>` elements outside phonetic runs (`rPh`), an entity
 * reference, an `_xHHHH_` escape or a line end counted as one character. Exact for
 * plain text. With `values`, the text of `<v>` elements counts too (a cell's value,
 * as in a `t="str"` cell). Undefined when the item holds markup this count does not follow
 * (comments, CDATA, processing instructions, declarations): then decode it.
 */
export function textLengthAtLeast(bytes: Uint8Array, start: number, end: number, values = false): number | undefined {
  let units = 0;
  let inText = false;
  let phonetic = 0;
  for (let i = start; i < end; ) {
    const b = bytes[i] as number;
    if (b === 0x3c /* < */) {
      const close = bytes.indexOf(0x3e /* > */, i);
      if (close < 0 || close >= end) return undefined;
      let at = i + 1;
      const closing = bytes[at] === 0x2f; /* / */
      if (closing) at++;
      if (bytes[at] === 0x21 /* ! */ || bytes[at] === 0x3f /* ? */) return undefined;
      const selfClosing = bytes[close - 1] === 0x2f;
      const local = localName(bytes, at, close);
      if (local === "t" || (values && local === "v")) inText = !closing && !selfClosing;
      else if (local === "rPh" && !selfClosing) phonetic += closing ? -1 : 1;
      i = close + 1;
      continue;
    }
    if (!inText || phonetic > 0) {
      i++;
      continue;
    }
    if (b === 0x26 /* & */) {
      const semi = bytes.indexOf(0x3b /* ; */, i);
      if (semi < 0 || semi >= end) return undefined;
      units++;
      i = semi + 1;
    } else if (b === 0x5f /* _ */ && isEscape(bytes, i, end)) {
      units++;
      i += 7;
    } else if (b === 0x0d /* \r */) {
      units++;
      i += bytes[i + 1] === 0x0a ? 2 : 1;
    } else {
      // A UTF-8 lead byte starts a character; four-byte ones are two code units.
      if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
      i++;
    }
  }
  return units;
}

/** The local name of a tag whose name starts at `at` (prefix dropped), read up to a space, `/` or `>`. */
function localName(bytes: Uint8Array, at: number, close: number): string {
  let from = at;
  let to = at;
  while (to < close) {
    const c = bytes[to] as number;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2f) break;
    if (c === 0x3a /* : */) from = to + 1;
    to++;
  }
  let name = "";
  for (let i = from; i < to && name.length < 4; i++) name += String.fromCharCode(bytes[i] as number);
  return to - from > 3 ? "" : name;
}

const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** `_xHHHH_` at `i` (see decodeOoxmlEscapes). */
function isEscape(bytes: Uint8Array, i: number, end: number): boolean {
  if (i + 7 > end || bytes[i + 1] !== 0x78 /* x */ || bytes[i + 6] !== 0x5f) return false;
  for (let k = 2; k < 6; k++) if (!isHex(bytes[i + k] as number)) return false;
  return true;
}
