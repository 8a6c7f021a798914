import { describe, expect, it } from "vitest";
import { SimpleCellScanner } from "./simple-cell.js";

/** The regular expression the scanner stands for (see simple-cell.ts). */
const SIMPLE_CELL = /<c(?: r="([A-Z]{1,3}[0-9]{1,7})")?(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?(?:\/>|>(?:<f>([^<]*)<\/f>)?(?:<v>([^<]*)<\/v>)?<\/c>)/y;

const bounds = (src: string, start: number, end: number): string | undefined => (start < 0 ? undefined : src.slice(start, end));

function scanned(src: string, at: number) {
  const sc = new SimpleCellScanner();
  const end = sc.scan(src, at);
  if (end < 0) return null;
  return [
    end,
    bounds(src, sc.refStart, sc.refEnd),
    bounds(src, sc.styleStart, sc.styleEnd),
    bounds(src, sc.typeStart, sc.typeEnd),
    bounds(src, sc.formulaStart, sc.formulaEnd),
    bounds(src, sc.valueStart, sc.valueEnd),
  ];
}

function matched(src: string, at: number) {
  SIMPLE_CELL.lastIndex = at;
  const m = SIMPLE_CELL.exec(src);
  return m === null ? null : [SIMPLE_CELL.lastIndex, m[1], m[2], m[3], m[4], m[5]];
}

const CELLS = [
  '<c r="A1" s="4" t="s"><v>22</v></c>',
  '<c r="B1" s="4"/>',
  "<c/>",
  "<c></c>",
  '<c r="XFD1048576"><v>1.5</v></c>',
  '<c r="A01" t="n"><v>007</v></c>',
  '<c r="ABCD1"/>',
  '<c r="A12345678"/>',
  '<c r="a1"/>',
  '<c r="A"/>',
  '<c r="1"/>',
  '<c s="1234567890"/>',
  '<c s=""/>',
  '<c t="inlineStr"><is><t>x</t></is></c>',
  '<c t="abcdefghij"/>',
  '<c t="str"><f>A1&amp;"x"</f><v>a&lt;b</v></c>',
  "<c><f></f><v></v></c>",
  "<c><f>SUM(A1:A2)</f></c>",
  "<c><v>1</v><f>A1</f></c>",
  "<c><f>A1<v>1</v></c>",
  "<c><v>1</c>",
  '<c s="1" r="A1"/>',
  '<c  r="A1"/>',
  "<c r='A1'/>",
  '<c r="A1" x="1"/>',
  '<x:c r="A1"/>',
  "<cols/>",
  "<c",
  '<c r="A1"',
  "<c><v>12</v></c",
  "<c><v>123456789012345</v></c>",
  "<c><v>1234567890123456</v></c>",
];

describe("the simple cell scanner", () => {
  it.each(CELLS)("reads %s exactly as the regular expression matches it", (cell) => {
    for (const src of [cell, `<row>${cell}</row>`, `${cell}<c/>`]) {
      const at = src.indexOf("<c");
      expect(scanned(src, at)).toEqual(matched(src, at));
    }
  });

  it("tells the cell it names, and whether that is valid and canonical", () => {
    const sc = new SimpleCellScanner();
    sc.scan('<c r="XFD1048576"/>', 0);
    expect([sc.row, sc.col, sc.refValid, sc.refCanonical]).toEqual([1_048_576, 16_384, true, true]);
    sc.scan('<c r="XFE1"/>', 0);
    expect(sc.refValid).toBe(false);
    sc.scan('<c r="A0"/>', 0);
    expect(sc.refValid).toBe(false);
    sc.scan('<c r="B007"/>', 0);
    expect([sc.row, sc.col, sc.refValid, sc.refCanonical]).toEqual([7, 2, true, false]);
  });

  it("reads a value of up to 15 digits as an integer, and nothing else", () => {
    const sc = new SimpleCellScanner();
    const integer = (v: string) => (sc.scan(`<c><v>${v}</v></c>`, 0), sc.integer);
    expect([integer("0"), integer("007"), integer("123456789012345")]).toEqual([0, 7, 123456789012345]);
    expect([integer(""), integer("1.5"), integer("-1"), integer("1e3"), integer(" 1"), integer("1234567890123456")]).toEqual([-1, -1, -1, -1, -1, -1]);
  });
});
