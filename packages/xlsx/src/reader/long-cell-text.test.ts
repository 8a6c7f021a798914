import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-workbook.js";
import { pseudoProse } from "./test-support/hostile-packages.js";
import { oneSheet } from "./test-support/package-builder.js";

/** `chars` characters of pseudo-random Vietnamese words (compressible well under the ratio cap). */
const prose = (chars: number) =>
  pseudoProse(chars, ["đảng", "viên", "chi", "bộ", "cơ", "sở", "kiểm", "tra", "giám", "sát", "tổ", "chức", "cán", "bộ", "tỉnh", "ủy"]);
/** White space of pseudo-random spaces, tabs and line ends (not compressible past the ratio cap). */
function blanks(length: number): string {
  const kinds = [" ", "\t", "\n", "\r\n"];
  let seed = 11;
  let out = "";
  while (out.length < length) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out += kinds[seed >>> 30] as string;
  }
  return out;
}
const sheet = (cells: string, rows = "") => oneSheet(`<row r="1"><c r="A1"><v>1</v></c></row>${rows}<row r="7">${cells}</row>`);
const tooLong = (cell: string, length: number) =>
  expect.objectContaining({ code: "file.text_too_long", params: expect.objectContaining({ sheet: "Sheet1", cell, length }) });

describe("a cell's text past a mebibyte, seen on the sheet's bytes", () => {
  const text = prose(1_500_000);

  it("is refused by its address and exact length, inline or as a value", () => {
    expect(() => readWorkbook(sheet(`<c r="C7" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`))).toThrow(tooLong("C7", text.length));
    expect(() => readWorkbook(sheet(`<c r="d7" t="str"><f>A1</f><v>${text}</v></c>`))).toThrow(tooLong("D7", text.length));
  });

  it("is still refused, by the ordinary parse, in a cell without an address", () => {
    expect(() => readWorkbook(sheet(`<c><v>2</v></c><c t="inlineStr"><is><t>${text}</t></is></c>`))).toThrow(tooLong("B7", text.length));
  });

  it("is not a cell's text when it is phonetic guidance or white space between rows", () => {
    const phonetic = readWorkbook(sheet(`<c r="C7" t="inlineStr"><is><t>Hà Nội</t><rPh sb="0" eb="1"><t>${text}</t></rPh></is></c>`));
    expect(phonetic.sheets[0]!.cell(7, 3)?.value).toBe("Hà Nội");
    const spaced = readWorkbook(sheet('<c r="C7"><v>3</v></c>', `<row r="2"><c r="A2"><v>2</v></c></row>${blanks(1_800_000)}`));
    expect(spaced.sheets[0]!.cell(7, 3)?.value).toBe(3);
  });
});
