import { parseRangeRef } from "./cell-address.js";
import { WorkbookReadError, corrupt } from "./errors.js";
import type { SheetContext } from "./sheet-data-reader.js";
import type { RawMerge } from "./types.js";
import { XML_CLOSE, XML_END, XML_OPEN, type XmlReader } from "./xml-reader.js";

/**
 * `<mergeCell ref="A1:C1"/>` as writers put it, read by hand: the range as written when
 * it needs no decoding. Anything else goes through the tokenizer.
 */
class MergeCellScanner {
  ref = "";

  scan(src: string, at: number): number {
    if (!src.startsWith('<mergeCell ref="', at)) return -1;
    const from = at + 16;
    const end = src.indexOf('"', from);
    if (end < 0 || src.charCodeAt(end + 1) !== 47 || src.charCodeAt(end + 2) !== 62) return -1;
    for (let i = from; i < end; i++) {
      const c = src.charCodeAt(i);
      // An entity, or white space an attribute value normalises.
      if (c === 38 || c === 13 || c === 10 || c === 9) return -1;
    }
    this.ref = src.slice(from, end);
    return end + 3;
  }
}

/** After the OPEN of `mergeCells`: its `mergeCell` ranges, appended to `merges`; consumes the element. */
export function readMergeCells(x: XmlReader, context: SheetContext, merges: RawMerge[]): void {
  if (x.selfClosing) {
    x.skipElement();
    return;
  }
  const scanner = new MergeCellScanner();
  const add = (ref: string): void => {
    // Merges are output too: a sheet may not list more of them than the cell limit.
    if (merges.length >= context.budget.limit) {
      throw new WorkbookReadError("file.too_many_cells", { kind: "merges", limit: context.budget.limit, sheet: context.sheetName });
    }
    const range = parseRangeRef(ref);
    if (range === undefined) throw corrupt("merge_reference", { part: context.part, ref });
    merges.push(range);
  };
  for (;;) {
    if (x.tryScan(scanner)) {
      add(scanner.ref);
      continue;
    }
    const token = x.next();
    if (token === XML_CLOSE) return;
    if (token === XML_END) throw x.fail("unclosed_element");
    if (token !== XML_OPEN) continue;
    if (x.name === "mergeCell") add(x.attr("ref") ?? "");
    x.skipElement();
  }
}
