import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-workbook.js";
import { parseSharedStringsPart } from "./shared-strings.js";
import { readSharedStrings } from "./shared-strings-segments.js";
import { longStringPackage } from "./test-support/hostile-packages.js";
import { textLengthAtLeast } from "./text-length-bound.js";

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (data: Uint8Array) => new TextDecoder().decode(data);
const PART = "xl/sharedStrings.xml";
/** What the whole-part parse gives (or throws). */
const whole = (xml: string, max = 1_000_000) => {
  try {
    return { strings: parseSharedStringsPart(xml, PART, max) };
  } catch (error) {
    return { error };
  }
};
const inPieces = (xml: string, max = 1_000_000) => {
  try {
    const read = readSharedStrings(encode(xml), PART, max, decode);
    return read.tooLong.size > 0 ? { strings: read.strings, tooLong: [...read.tooLong] } : { strings: read.strings };
  } catch (error) {
    return { error };
  }
};
const items = (count: number, make: (i: number) => string) => Array.from({ length: count }, (_, i) => make(i)).join("");
const sst = (body: string, root = "sst", prefix = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${prefix}${root} xmlns${prefix ? `:${prefix.slice(0, -1)}` : ""}="${NS}" count="1">${body}</${prefix}${root}>`;

describe("the shared string table read in pieces", () => {
  it("gives the same strings as the whole part, whatever the items hold", () => {
    const body = items(40_000, (i) =>
      i % 3 === 0
        ? `<si><t xml:space="preserve">Đảng viên chi bộ số ${i} &amp; &#x1F600; _x000D_ dòng\r\nmới</t></si>`
        : i % 3 === 1
          ? `<si><r><rPr><b/></rPr><t>Phần ${i}</t></r><r><t> và tiếp</t></r><rPh sb="0" eb="1"><t>phiên âm</t></rPh></si>`
          : `<si><t>ngắn</t></si>`,
    );
    const xml = sst(body);
    expect(encode(xml).length).toBeGreaterThan(3 << 20);
    const read = inPieces(xml);
    expect(read).toEqual(whole(xml));
    expect(read.strings).toHaveLength(40_000);
  });

  it("keeps the namespace prefix of the root for every piece", () => {
    const xml = sst(
      items(60_000, (i) => `<x:si><x:t>giá trị ${i}</x:t></x:si>`),
      "sst",
      "x:",
    );
    expect(encode(xml).length).toBeGreaterThan(2 << 20);
    expect(inPieces(xml)).toEqual(whole(xml));
  });

  it("falls back to the whole part when a cut lands in a comment or CDATA", () => {
    const filler = items(50_000, (i) => `<si><t>mục ${i}</t></si>`);
    for (const trap of ["<!-- </si> -->", "<si><t><![CDATA[ a </si> b ]]></t></si>"]) {
      // The first cut (past a mebibyte) lands among the traps.
      const xml = sst(`${trap.repeat(100_000)}${filler}`);
      expect(inPieces(xml)).toEqual(whole(xml));
      expect(inPieces(xml).strings?.length).toBeGreaterThanOrEqual(50_000);
    }
  });

  it("refuses what the whole part refuses, with the same finding", () => {
    const filler = items(80_000, (i) => `<si><t>mục ${i}</t></si>`);
    const broken = [
      `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "b">]><sst xmlns="${NS}">${filler}</sst>`,
      sst(filler).replace(/<\/sst>$/, ""),
      sst(`${filler}<si><t>&nope;</t></si>${filler}`),
      `${sst(filler)}<extra/>`,
    ];
    for (const xml of broken) {
      const expected = whole(xml);
      expect(expected.error).toBeDefined();
      expect(inPieces(xml)).toEqual(expected);
    }
    const many = sst(filler);
    expect(inPieces(many, 1000)).toEqual(whole(many, 1000));
  });

  it("measures an item past Excel's limit on its bytes, never decoding it", () => {
    const text = "đảng viên chi bộ ".repeat(200_000);
    const xml = sst(`<si><t>trước</t></si><si><t>${text}</t></si><si><t>sau</t></si>`);
    const read = readSharedStrings(encode(xml), PART, 1000, decode);
    expect(read.strings).toEqual(["trước", "", "sau"]);
    expect([...read.tooLong]).toEqual([[1, text.length]]);
  });

  it("refuses the cell that uses such an item by its address and exact length", () => {
    const bytes = longStringPackage(3_000_000);
    expect(() => readWorkbook(bytes)).toThrow(
      expect.objectContaining({ code: "file.text_too_long", params: expect.objectContaining({ sheet: "Sheet1", cell: "A1", length: 3_000_000 }) }),
    );
  });
});

describe("textLengthAtLeast", () => {
  const bound = (item: string) => textLengthAtLeast(encode(item), 0, encode(item).length);
  const exact = (item: string) => parseSharedStringsPart(sst(item), PART, 10)[0]?.length;

  it("is the exact length of plain and rich text", () => {
    for (const item of [
      "<si><t>Hà Nội 😀</t></si>",
      '<si><r><rPr><b val="1"/></rPr><t xml:space="preserve">Phần một</t></r><r><t>hai</t></r><rPh sb="0" eb="1"><t>bỏ qua</t></rPh></si>',
      "<si><t>a &amp; b &lt; _x000D_ c\r\nd</t></si>",
      "<si><t/></si>",
    ]) {
      expect(bound(item)).toBe(exact(item));
    }
  });

  it("gives up on markup it does not follow", () => {
    expect(bound("<si><t><![CDATA[x]]></t></si>")).toBeUndefined();
    expect(bound("<si><!-- x --><t>y</t></si>")).toBeUndefined();
  });
});
