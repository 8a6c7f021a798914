import { describe, expect, it } from "vitest";
import { RowTagScanner } from "./row-tag.js";
import { XML_OPEN, XmlTokenizer } from "./xml-tokenizer.js";

class Positioned extends XmlTokenizer {
  get position(): number {
    return this.pos;
  }
}

/** What the tokenizer makes of the tag: its name, whether it closes itself, `r` and where it ends. */
function tokenized(tag: string) {
  const x = new Positioned(`${tag}</row>`, "sheet.xml");
  try {
    if (x.next() !== XML_OPEN) return "not an element";
    return { name: x.name, selfClosing: x.selfClosing, r: x.attr("r"), end: x.position };
  } catch (error) {
    return String(error);
  }
}

const TAGS = [
  "<row>",
  '<row r="1">',
  '<row r="7" spans="1:10" x14ac:dyDescent="0.25">',
  '<row ht="28" customHeight="1" r="1048576">',
  '<row r="0012">',
  '<row x:r="5" r="6">',
  '<row r="5" r="6">',
  '<row r="0">',
  '<row r="1048577">',
  '<row r="12345678">',
  '<row r="1.0">',
  '<row r="&#49;">',
  '<row r="">',
  '<row r="1"/>',
  '<row r = "1">',
  "<row r='1'>",
  '<row  r="1">',
  '<row\nr="1">',
  '<row r="1"spans="1:2">',
  '<row xmlns:r="urn:r" r="2">',
  '<row xmlns="urn:x">',
  '<row x:="1">',
  '<row a<b="1">',
  '<row note="a<b>c" r="3">',
  '<rows r="1">',
  '<x:row r="1">',
  '<row r="1"',
];

describe("the row start tag scanner", () => {
  it.each(TAGS)("reads %s only when the tokenizer reads it alike", (tag) => {
    const scanner = new RowTagScanner();
    const end = scanner.scan(`${tag}</row>`, 0);
    if (end < 0) return;
    const expected = tokenized(tag);
    expect(expected).toEqual({ name: "row", selfClosing: false, r: scanner.row < 0 ? undefined : expect.any(String), end });
    if (scanner.row >= 0) expect(Number((expected as { r: string }).r)).toBe(scanner.row);
  });

  it("takes the common shapes, leaving the odd ones to the tokenizer", () => {
    const rows = TAGS.map((tag) => {
      const scanner = new RowTagScanner();
      return scanner.scan(tag, 0) < 0 ? undefined : scanner.row;
    });
    expect(rows.slice(0, 7)).toEqual([-1, 1, 7, 1_048_576, 12, 5, 5]);
    expect(rows.slice(7).filter((row) => row !== undefined)).toEqual([3]);
  });
});
