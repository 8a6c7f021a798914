import { EXCEL_MAX_CELL_CHARS } from "@phuluc/core";
import { WorkbookReadError } from "./errors.js";
import { parseSharedStringsPart } from "./shared-strings.js";
import { textLengthAtLeast } from "./text-length-bound.js";

/** The shared string table as read: the strings, and the items too long to keep. */
export interface SharedStrings {
  strings: string[];
  /** Index -> length of items past Excel's limit, left undecoded (their string is ""): a cell using one is refused. */
  tooLong: ReadonlyMap<number, number>;
}

/** A table up to this size is decoded and parsed whole; a larger one piece by piece. */
const SEGMENTED_ABOVE = 1 << 20;
/** A piece: small enough for its decoded text to die young (V8 scavenges it cheaply). */
const SEGMENT_BYTES = 64 * 1024;

const utf8 = new TextDecoder("utf-8");

/**
 * Reads a large shared string table from its UTF-8 bytes in pieces of about 64 KiB,
 * each cut right after an `</si>`, so that the whole part is never decoded into one
 * string beside its bytes; where a piece's strings are a small share of its text
 * (mostly markup, or strings never used), they are copied and the piece dropped. An item
 * past a piece's size whose text is surely longer than Excel's 32,767 characters is
 * measured on its bytes and never decoded (one 50 MB string costs its bytes once).
 * A piece that does not parse alone (a cut inside a comment or CDATA, or a broken
 * part) sends the whole part through the ordinary parse, which fails, or not,
 * exactly as it always did.
 */
export function readSharedStrings(data: Uint8Array, part: string, maxStrings: number, decode: (data: Uint8Array) => string): SharedStrings {
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
  if (!utf16 && data.length > SEGMENTED_ABOVE) {
    try {
      return readInSegments(data, part, maxStrings);
    } catch (error) {
      if (!(error instanceof WorkbookReadError) || error.code === "file.too_many_cells") throw error;
    }
  }
  return { strings: parseSharedStringsPart(decode(data), part, maxStrings), tooLong: new Map() };
}

function readInSegments(data: Uint8Array, part: string, maxStrings: number): SharedStrings {
  const strings: string[] = [];
  const tooLong = new Map<number, number>();
  let rootOpen = "";
  let rootClose = "";
  let from = 0;
  while (from < data.length) {
    const cut = nextCut(data, from + SEGMENT_BYTES);
    const last = cut === undefined;
    const end = cut?.end ?? data.length;
    // One item much larger than a piece: measured on its bytes before anything is decoded.
    const item = last || end - from <= 2 * SEGMENT_BYTES ? undefined : itemStart(data, cut.name, from, end);
    const parseEnd = item ?? end;
    if (parseEnd > from) {
      const first = from === 0;
      const body = utf8.decode(data.subarray(from, parseEnd));
      const lastPiece = last && item === undefined;
      if (first) [rootOpen, rootClose] = rootTags(body);
      const before = strings.length;
      parseSharedStringsPart(`${first ? "" : rootOpen}${body}${lastPiece ? "" : rootClose}`, part, maxStrings, strings);
      keepOwnCopies(strings, before, body.length);
    }
    if (item !== undefined) {
      const length = textLengthAtLeast(data, item, end);
      if (length !== undefined && length > EXCEL_MAX_CELL_CHARS) {
        if (strings.length >= maxStrings) throw new WorkbookReadError("file.too_many_cells", { kind: "strings", limit: maxStrings, part });
        tooLong.set(strings.length, length);
        strings.push("");
      } else {
        parseSharedStringsPart(`${rootOpen}${utf8.decode(data.subarray(item, end))}${rootClose}`, part, maxStrings, strings);
      }
    }
    from = end;
  }
  return { strings, tooLong };
}

/**
 * A string cut from a piece keeps the whole piece alive. When the strings from
 * `from` on hold less than half of the piece's `length`, each gets a flat copy of
 * its own (V8 copies those under 13 characters anyway; a longer one is joined to a
 * one-character string and cut again); otherwise the piece is worth keeping.
 */
function keepOwnCopies(strings: string[], from: number, length: number): void {
  let kept = 0;
  for (let i = from; i < strings.length; i++) kept += (strings[i] as string).length;
  if (kept * 2 >= length) return;
  for (let i = from; i < strings.length; i++) {
    const text = strings[i] as string;
    if (text.length >= 13) strings[i] = ` ${text}`.slice(1);
  }
}

/** The root's start tag (namespaces and all) and its end tag, from the first piece. */
function rootTags(body: string): [string, string] {
  const match = /<((?:[A-Za-z_][\w.-]*:)?sst)\b[^>]*>/.exec(body.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, (m) => " ".repeat(m.length)));
  // No root found here: a broken part; the ordinary parse names the fault.
  if (!match || match[0].endsWith("/>")) throw new WorkbookReadError("file.corrupt", { reason: "unexpected_root" });
  return [match[0], `</${match[1]}>`];
}

/** The first `</si>` (or `</prefix:si>`) ending at or after `at`: the position after it and the tag's name. */
function nextCut(data: Uint8Array, at: number): { end: number; name: string } | undefined {
  for (let i = Math.max(at, 2); i + 2 < data.length; i++) {
    if (data[i] !== 0x73 /* s */ || data[i + 1] !== 0x69 /* i */ || data[i + 2] !== 0x3e /* > */) continue;
    if (data[i - 1] === 0x2f && data[i - 2] === 0x3c) return { end: i + 3, name: "si" };
    if (data[i - 1] !== 0x3a /* : */) continue;
    let j = i - 2;
    while (j > 1 && isNameByte(data[j] as number)) j--;
    if (data[j] === 0x2f && data[j - 1] === 0x3c && j < i - 2) return { end: i + 3, name: String.fromCharCode(...data.subarray(j + 1, i + 2)) };
  }
  return undefined;
}

const isNameByte = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d || c === 0x2e;

/** Where the item ended by the `</name>` just before `end` starts: the last `<name` followed by a space, `>` or `/`. */
function itemStart(data: Uint8Array, name: string, from: number, end: number): number | undefined {
  const open = [0x3c, ...Array.from(name, (c) => c.charCodeAt(0))];
  for (let i = end - name.length - 3; i >= from; i--) {
    if (data[i] !== 0x3c) continue;
    let k = 1;
    while (k < open.length && data[i + k] === open[k]) k++;
    const after = data[i + k] as number;
    if (k === open.length && (after === 0x3e || after === 0x20 || after === 0x2f || after === 0x09 || after === 0x0a || after === 0x0d)) return i;
  }
  return undefined;
}
