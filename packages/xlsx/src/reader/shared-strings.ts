import { WorkbookReadError, corrupt } from "./errors.js";
import { PlainItemScanner } from "./plain-item.js";
import { XML_CLOSE, XML_END, XML_OPEN, XmlReader } from "./xml-reader.js";
import { decodeOoxmlEscapes } from "./xml-text.js";

/**
 * The shared string table, rich text runs flattened to plain text. More strings than
 * `maxStrings` (the cell limit: each needs a cell to be seen) is refused. The strings
 * are appended to `into` (a table read in pieces, see shared-strings-segments.ts).
 */
export function parseSharedStringsPart(xml: string, part: string, maxStrings: number, into: string[] = []): string[] {
  const x = new XmlReader(xml, part);
  if (x.openRoot() !== "sst") throw corrupt("unexpected_root", { part });
  const strings = into;
  const plain = new PlainItemScanner();
  for (;;) {
    // The common item, `<si><t>text</t></si>`, read by hand; any other through the tokenizer.
    if (x.tryScan(plain)) {
      if (strings.length >= maxStrings) throw new WorkbookReadError("file.too_many_cells", { kind: "strings", limit: maxStrings, part });
      strings.push(plain.text);
      continue;
    }
    const token = x.next();
    if (token === XML_CLOSE) break;
    if (token === XML_END) throw x.fail("unclosed_element");
    if (token !== XML_OPEN) continue;
    if (x.name !== "si") {
      x.skipElement();
      continue;
    }
    if (strings.length >= maxStrings) throw new WorkbookReadError("file.too_many_cells", { kind: "strings", limit: maxStrings, part });
    strings.push(readRichText(x));
  }
  x.expectEnd();
  return strings;
}

/**
 * After the OPEN of an `si` or `is` element: the concatenated `t` texts, directly
 * inside it or inside `r` runs. Phonetic runs (`rPh`), run properties and anything
 * else are skipped. Consumes the element.
 */
export function readRichText(x: XmlReader): string {
  let text = "";
  if (x.selfClosing) {
    x.skipElement();
    return text;
  }
  for (let depth = 0; ; ) {
    const token = x.next();
    if (token === XML_OPEN) {
      if (x.name === "t") text += x.readElementText();
      else if (x.name === "r") depth++;
      else x.skipElement();
    } else if (token === XML_CLOSE) {
      if (depth === 0) return decodeOoxmlEscapes(text);
      depth--;
    }
  }
}
