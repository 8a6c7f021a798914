import { WorkbookReadError } from "./errors.js";
import { decodePart } from "./ooxml-package.js";
import type { SheetContext } from "./sheet-data-reader.js";
import { AFTER_MERGES, type ParsedSheet, parseSheetPart, parseSheetSections } from "./sheet-part.js";

const utf8 = new TextDecoder("utf-8");
/** Tags looked at from the end of a part for where its read sections end; past this the whole part is decoded. */
const MAX_TAGS_FROM_END = 2000;

/**
 * Reads a worksheet part from its bytes as `parseSheetPart` reads its text, decoding only
 * what is read: the part up to the first section after `mergeCells` (data validations,
 * page setup … can be half of a sheet's bytes, and most of its non-ASCII text). A
 * declaration is refused anywhere in the bytes first, as in the whole text. When reading
 * the start alone does not stop at that section (it is not where the bytes suggested, or
 * the start fails to parse), the whole part is read as before, the cell budget restored:
 * the result, or the error, is always the one the whole text gives.
 */
export function parseSheetBytes(data: Uint8Array, context: SheetContext): ParsedSheet {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return parseSheetPart(decodePart(data), context);
  if (hasDeclaration(data)) throw new WorkbookReadError("file.unsafe_xml", { part: context.part });
  const end = readSectionsEnd(data);
  if (end < data.length) {
    const remaining = context.budget.remaining;
    try {
      const parsed = parseSheetSections(utf8.decode(data.subarray(0, end)), context, true);
      if (parsed !== undefined) return parsed;
    } catch {
      // The whole part decides (the same error, or none).
    }
    context.budget.remaining = remaining;
  }
  return parseSheetSections(utf8.decode(data), context, false) as ParsedSheet;
}

/** `<!DOCTYPE` or `<!ENTITY` anywhere (UTF-8 keeps ASCII bytes as they are, even around invalid sequences). */
export function hasDeclaration(data: Uint8Array): boolean {
  for (let at = data.indexOf(0x21 /* ! */, 1); at >= 0; at = data.indexOf(0x21, at + 1)) {
    if (data[at - 1] === 0x3c && (bytesAre(data, at + 1, "DOCTYPE") || bytesAre(data, at + 1, "ENTITY"))) return true;
  }
  return false;
}

function bytesAre(data: Uint8Array, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (data[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** Names by length and first byte, to match a tag's name on its bytes without making a string of it. */
function byShape(names: Iterable<string>): Map<number, string[]> {
  const shapes = new Map<number, string[]>();
  for (const name of names) {
    const key = name.length * 256 + name.charCodeAt(0);
    shapes.set(key, [...(shapes.get(key) ?? []), name]);
  }
  return shapes;
}

const AFTER_MERGES_SHAPES = byShape(AFTER_MERGES);
const READ_SECTIONS_END = byShape(["mergeCells", "sheetData"]);

/**
 * Where the sections parseSheetPart reads most likely end: just after the start tag of the
 * first section that follows `mergeCells` in the schema, found by walking the tags back
 * from the end of the part to `</mergeCells>` or `</sheetData>`. The length of the part
 * when there is none.
 */
export function readSectionsEnd(data: Uint8Array): number {
  let first = -1;
  let at = data.length;
  for (let tags = 0; tags < MAX_TAGS_FROM_END; tags++) {
    at = data.lastIndexOf(0x3c /* < */, at - 1);
    if (at < 0) return data.length;
    if (data[at + 1] === 0x2f /* / */) {
      if (nameIn(data, at + 2, READ_SECTIONS_END)) break;
    } else if (nameIn(data, at + 1, AFTER_MERGES_SHAPES)) {
      first = at;
    }
  }
  if (first < 0) return data.length;
  const close = data.indexOf(0x3e /* > */, first);
  return close < 0 ? data.length : close + 1;
}

/** Whether the local name (prefix dropped) of the tag whose name starts at `at` is one of `shapes`. */
function nameIn(data: Uint8Array, at: number, shapes: ReadonlyMap<number, readonly string[]>): boolean {
  let start = at;
  let end = at;
  for (; end < data.length && end < at + 64; end++) {
    const c = data[end] as number;
    if (c === 0x20 || c === 0x3e || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d) break;
    if (c === 0x3a /* : */) start = end + 1;
  }
  const candidates = shapes.get((end - start) * 256 + (data[start] as number));
  if (candidates === undefined || end >= data.length) return false;
  for (const name of candidates) if (bytesAre(data, start, name)) return true;
  return false;
}
