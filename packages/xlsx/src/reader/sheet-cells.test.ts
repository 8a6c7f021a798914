import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-workbook.js";
import { NS_MAIN, buildPackage, oneSheet, worksheet } from "./test-support/package-builder.js";
import { readError } from "./test-support/read-error.js";
import type { RawSheetCell } from "./types.js";

const cellsOf = (bytes: Uint8Array): RawSheetCell[] => readWorkbook(bytes).sheets[0]?.cells ?? [];
const valuesOf = (bytes: Uint8Array): Record<string, unknown> => Object.fromEntries(cellsOf(bytes).map((cell) => [cell.address, cell.value]));

const STYLES = `<styleSheet xmlns="${NS_MAIN}">
  <numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/></numFmts>
  <cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs>
  <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="3"/></cellXfs>
  <dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="WRONG"/></dxf></dxfs>
</styleSheet>`;

describe("cell values", () => {
  it("interprets every cell type", () => {
    const bytes = oneSheet(
      `<row r="1">
        <c r="A1" t="s"><v>1</v></c>
        <c r="B1" t="str"><f>A1</f><v>text from formula</v></c>
        <c r="C1" t="inlineStr"><is><t xml:space="preserve"> inline </t></is></c>
        <c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>
        <c r="F1" t="e"><v>#N/A</v></c>
        <c r="G1" t="d"><v>2024-12-31T00:00:00Z</v></c>
        <c r="H1" t="n"><v>1E-3</v></c>
        <c r="I1"><v> 42 </v></c>
        <c r="J1"><v>0x1F</v></c>
        <c r="K1"><v>Infinity</v></c>
        <c r="L1"><v></v></c>
        <c r="M1" s="3"/>
        <c r="N1"><f>NOW()</f></c>
        <c r="O1" t="str"><f>""</f><v></v></c>
      </row>`,
      { sharedStrings: ["zero", "một"] },
    );
    expect(valuesOf(bytes)).toEqual({
      A1: "một",
      B1: "text from formula",
      C1: " inline ",
      D1: true,
      E1: false,
      F1: { error: "#N/A" },
      G1: "2024-12-31T00:00:00Z",
      H1: 0.001,
      I1: 42,
      J1: "0x1F",
      K1: "Infinity",
      N1: null,
      O1: "",
    });
    const cells = cellsOf(bytes);
    expect(cells.find((c) => c.address === "G1")).toEqual({
      row: 1,
      col: 7,
      address: "G1",
      value: "2024-12-31T00:00:00Z",
      numberFormat: "General",
      isDate: true,
    });
    expect(cells.find((c) => c.address === "N1")).toEqual({ row: 1, col: 14, address: "N1", value: null, numberFormat: "General", formula: "NOW()" });
  });

  it("flattens rich text, skips phonetic runs and decodes _xHHHH_ escapes", () => {
    const sst = `<sst xmlns="${NS_MAIN}" count="3" uniqueCount="3">
      <si><r><rPr><b/><sz val="11"/></rPr><t>Đảng </t></r><r><t xml:space="preserve">bộ  </t></r><rPh sb="0" eb="1"><t>ダミー</t></rPh><phoneticPr fontId="1"/></si>
      <si><t>line 1_x000D_&#10;line 2</t></si>
      <si><t>_x005F_x0041_ stays</t></si>
      <si/>
    </sst>`;
    const bytes = oneSheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c>' +
        '<c r="E1" t="inlineStr"><is><r><t>a</t></r><r><rPr/><t>b</t></r><rPh><t>x</t></rPh></is></c></row>',
      { sharedStrings: sst },
    );
    expect(valuesOf(bytes)).toEqual({ A1: "Đảng bộ  ", B1: "line 1\r\nline 2", C1: "_x0041_ stays", D1: "", E1: "ab" });
  });

  it("resolves number formats through cellXfs, custom numFmts and built-in ids", () => {
    const bytes = oneSheet(
      '<row r="1"><c r="A1" s="1"><v>0.125</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" s="3"><v>45657</v></c>' +
        '<c r="D1" s="4"><v>45657.5</v></c><c r="E1" s="5"><v>1000</v></c><c r="F1" s="99"><v>1</v></c><c r="G1"><v>2</v></c>' +
        '<c r="H1" s="3" t="s"><v>0</v></c></row>',
      { styles: STYLES, sharedStrings: ["not a date"] },
    );
    expect(cellsOf(bytes).map((c) => [c.address, c.numberFormat, c.isDate ?? false])).toEqual([
      ["A1", "0.0%", false],
      ["B1", "0%", false],
      ["C1", "mm-dd-yy", true],
      ["D1", "dd/mm/yyyy", true],
      ["E1", "#,##0", false],
      ["F1", "General", false],
      ["G1", "General", false],
      ["H1", "mm-dd-yy", false],
    ]);
  });

  it("keeps shared and array formulas recognisable", () => {
    const bytes = oneSheet(
      '<row r="2"><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2</f><v>2</v></c><c r="C2"><f t="array" ref="C2:C3">A2:A3*3</f><v>3</v></c></row>' +
        '<row r="3"><c r="B3"><f t="shared" si="0"/><v>4</v></c><c r="C3"><v>6</v></c></row>' +
        '<row r="4"><c r="B4"><f t="shared" si="0">A4*2</f><v>6</v></c><c r="D4"><f t="shared" si="7"/><v>1</v></c></row>',
    );
    expect(cellsOf(bytes).map(({ address, value, formula, sharedRef }) => ({ address, value, formula, sharedRef }))).toEqual([
      { address: "B2", value: 2, formula: "A2*2", sharedRef: "B2:B4" },
      { address: "C2", value: 3, formula: "A2:A3*3", sharedRef: undefined },
      { address: "B3", value: 4, formula: "", sharedRef: "B2:B4" },
      { address: "C3", value: 6, formula: undefined, sharedRef: undefined },
      { address: "B4", value: 6, formula: "A4*2", sharedRef: "B2:B4" },
      { address: "D4", value: 1, formula: "", sharedRef: undefined },
    ]);
  });

  it("tracks positions when rows and cells have no r attribute", () => {
    const bytes = oneSheet(
      "<row><c><v>1</v></c><c><v>2</v></c></row>" +
        '<row r="5"><c><v>3</v></c><c r="D5"><v>4</v></c><c><v>5</v></c></row>' +
        '<row><c t="inlineStr"><is><t>x</t></is></c></row><row/><row><c><v>6</v></c></row>',
    );
    expect(cellsOf(bytes).map((c) => [c.address, c.row, c.col, c.value])).toEqual([
      ["A1", 1, 1, 1],
      ["B1", 1, 2, 2],
      ["A5", 5, 1, 3],
      ["D5", 5, 4, 4],
      ["E5", 5, 5, 5],
      ["A6", 6, 1, "x"],
      ["A8", 8, 1, 6],
    ]);
  });

  it("sorts out-of-order cells row-major and keeps the last of duplicates", () => {
    const bytes = oneSheet('<row r="3"><c r="B3"><v>1</v></c></row><row r="1"><c r="C1"><v>2</v></c><c r="A1"><v>3</v></c><c r="C1"><v>4</v></c></row>');
    expect(cellsOf(bytes).map((c) => [c.address, c.value])).toEqual([
      ["A1", 3],
      ["C1", 4],
      ["B3", 1],
    ]);
  });

  it("canonicalises lower-case and absolute references", () => {
    expect(cellsOf(oneSheet('<row r="1"><c r="b1"><v>1</v></c><c r="$C$1"><v>2</v></c></row>')).map((c) => c.address)).toEqual(["B1", "C1"]);
  });

  it("gives the same cells through the fast path and the tokenizer", () => {
    const canonical =
      '<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="2"><f>A1&amp;"x"</f><v>0.5</v></c><c r="C1" t="b"><v>1</v></c><c r="D1"/>' +
      '<c r="E1" s="3"><v>45657</v></c><c r="F1" t="str"><f>"a&lt;b"</f><v>a&lt;b</v></c><c r="G1"><f>1+1</f></c></row>';
    const unusual = canonical
      .replace(/"/g, "'")
      .replace(/<c /g, "<c  ")
      .replace(/&amp;'x'/g, '&amp;"x"')
      .replace(/'a&lt;b'/g, '"a&lt;b"');
    const spec = { styles: STYLES, sharedStrings: ["chuỗi"] };
    expect(unusual).not.toBe(canonical);
    expect(cellsOf(oneSheet(unusual, spec))).toEqual(cellsOf(oneSheet(canonical, spec)));
    expect(cellsOf(oneSheet(canonical, spec)).map((c) => [c.address, c.value, c.formula])).toEqual([
      ["A1", "chuỗi", undefined],
      ["B1", 0.5, 'A1&"x"'],
      ["C1", true, undefined],
      ["E1", 45657, undefined],
      ["F1", "a<b", '"a<b"'],
      ["G1", null, "1+1"],
    ]);
  });

  it("reads cells with comments, CDATA and extension elements inside", () => {
    const bytes = oneSheet('<row r="1"><c r="A1"><!-- note --><v><![CDATA[12]]></v><extLst><ext uri="x"><c r="Z9"><v>9</v></c></ext></extLst></c></row>');
    expect(valuesOf(bytes)).toEqual({ A1: 12 });
  });

  it.each([
    ['<row r="1"><c r="1A"><v>1</v></c></row>', { reason: "cell_reference", part: "xl/worksheets/sheet1.xml", ref: "1A" }],
    ['<row r="1"><c r="XFE1"><v>1</v></c></row>', { reason: "cell_reference", part: "xl/worksheets/sheet1.xml", ref: "XFE1" }],
    ['<row r="0"><c><v>1</v></c></row>', { reason: "row_reference", part: "xl/worksheets/sheet1.xml", ref: "0" }],
    ['<row r="1"><c r="A1" t="s"><v>5</v></c></row>', { reason: "shared_string_index", part: "xl/worksheets/sheet1.xml", cell: "A1", index: "5" }],
    [
      '<row r="1"><c r="A1"><v>&bogus;</v></c></row>',
      { reason: "xml", part: "xl/worksheets/sheet1.xml", detail: "bad_reference", offset: worksheet("<sheetData>").indexOf("<sheetData>") + 22 },
    ],
    [
      "<row r='1'><c r='A1'><v>&bogus;</v></c></row>",
      { reason: "xml", part: "xl/worksheets/sheet1.xml", detail: "bad_reference", offset: worksheet("<sheetData>").indexOf("<sheetData>") + 35 },
    ],
  ])("refuses a broken cell: %s", (sheetData, params) => {
    expect(readError(oneSheet(sheetData))).toEqual({ code: "file.corrupt", params });
  });

  it("refuses a bad merge reference", () => {
    expect(readError(oneSheet("", {}, '<mergeCells><mergeCell ref="A1:"/></mergeCells>'))).toEqual({
      code: "file.corrupt",
      params: { reason: "merge_reference", part: "xl/worksheets/sheet1.xml", ref: "A1:" },
    });
  });

  it("refuses a sheet part whose root is not a worksheet", () => {
    const bytes = buildPackage({ sheets: [{ name: "S", document: `<sst xmlns="${NS_MAIN}"/>` }] });
    expect(readError(bytes)).toEqual({ code: "file.corrupt", params: { reason: "unexpected_root", part: "xl/worksheets/sheet1.xml" } });
  });
});

describe("Excel's limits while reading", () => {
  it("refuses by name a text longer than Excel's 32,767 characters, shared or inline", () => {
    const long = "Đ".repeat(32_768);
    expect(readError(oneSheet('<row r="3"><c r="B3" t="s"><v>1</v></c></row>', { sharedStrings: ["ngắn", long] }))).toEqual({
      code: "file.text_too_long",
      params: { sheet: "Sheet1", cell: "B3", length: 32_768, limit: 32_767 },
    });
    expect(readError(oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>`))).toMatchObject({
      code: "file.text_too_long",
      params: { cell: "A1", length: 32_768 },
    });
    expect(readError(oneSheet(`<row r="1"><c r="C1" t="str"><f>REPT("Đ",40000)</f><v>${long}</v></c></row>`))).toMatchObject({ code: "file.text_too_long" });
  });

  it("reads a text of exactly 32,767 characters, and ignores a long string no cell uses", () => {
    const most = "a".repeat(32_767);
    expect(valuesOf(oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { sharedStrings: [most, "b".repeat(40_000)] }))).toEqual({ A1: most });
  });

  it("keeps the claimed used range as a range only", () => {
    const bytes = buildPackage({
      sheets: [{ name: "S", xml: '<dimension ref="A1:XFD1048576"/><sheetData/>' }, { name: "T", xml: '<dimension ref="B2"/><sheetData/>' }, { name: "U" }],
    });
    expect(readWorkbook(bytes).sheets.map((s) => s.dimension)).toEqual([
      { top: 1, left: 1, bottom: 1_048_576, right: 16_384 },
      { top: 2, left: 2, bottom: 2, right: 2 },
      undefined,
    ]);
  });
});
