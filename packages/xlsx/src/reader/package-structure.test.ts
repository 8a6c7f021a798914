import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-workbook.js";
import { packageWithEntries } from "./test-support/hostile-packages.js";
import { NS_MAIN, NS_REL, REL_TYPE, buildPackage, buildParts, worksheet, zipParts } from "./test-support/package-builder.js";
import { readError } from "./test-support/read-error.js";
import { storedEntry } from "./test-support/zip-writer.js";

const PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const A1 = '<sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData>';
const rels = (...items: string[]): string => `<Relationships xmlns="${PKG_RELS_NS}">${items.join("")}</Relationships>`;
const workbookXml = (sheets: string, ns = NS_MAIN, relNs = NS_REL): string =>
  `<workbook xmlns="${ns}" xmlns:r="${relNs}"><sheets>${sheets}</sheets></workbook>`;

describe("package structure", () => {
  it("follows relationships to parts outside xl/, absolute targets and case-insensitive names", () => {
    const bytes = zipParts({
      "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      "_rels/.rels": rels(`<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="/book/main.xml"/>`),
      "book/main.xml": workbookXml('<sheet name="A" sheetId="1" r:id="r1"/><sheet name="B" sheetId="2" r:id="r2"/><sheet name="C" sheetId="3" r:id="r3"/>'),
      "book/_rels/main.xml.rels": rels(
        `<Relationship Id="r1" Type="${REL_TYPE}/worksheet" Target="../data/one.xml"/>`,
        `<Relationship Id="r2" Type="${REL_TYPE}/worksheet" Target="/book/Sheets/TWO.xml"/>`,
        `<Relationship Id="r3" Type="${REL_TYPE}/chartsheet" Target="charts/c.xml"/>`,
      ),
      "data/one.xml": worksheet(A1),
      "book/sheets/two.xml": worksheet(A1.replace("7", "8")),
    });
    const result = readWorkbook(bytes);
    expect(result.sheets.map((s) => [s.name, s.index, s.cells.map((c) => c.value)])).toEqual([
      ["A", 0, [7]],
      ["B", 1, [8]],
      ["C", 2, []],
    ]);
  });

  it("reads a package without _rels/.rels from xl/workbook.xml", () => {
    const parts = buildParts({ sheets: [{ name: "S", xml: A1 }] });
    delete parts["_rels/.rels"];
    expect(readWorkbook(zipParts(parts)).sheets[0]?.cells[0]?.value).toBe(7);
  });

  it.each([
    ["../../outside.xml", { reason: "target_outside_package", target: "../../outside.xml" }],
    ["/../outside.xml", { reason: "target_outside_package", target: "/../outside.xml" }],
    ["https://example.com/sheet1.xml", { reason: "external_target", target: "https://example.com/sheet1.xml" }],
    ["file:///C:/secret/sheet1.xml", { reason: "external_target", target: "file:///C:/secret/sheet1.xml" }],
    ["worksheets/missing.xml", { reason: "missing_part", part: "xl/worksheets/missing.xml" }],
  ])("refuses the sheet target %j", (target, params) => {
    const bytes = buildPackage({ sheets: [{ name: "S", xml: A1, target, partName: "xl/worksheets/sheet1.xml" }] });
    expect(readError(bytes)).toEqual({ code: "file.corrupt", params });
  });

  it("refuses a sheet related with TargetMode=External", () => {
    const bytes = buildPackage({ sheets: [{ name: "S", xml: A1, target: "worksheets/sheet1.xml", targetMode: "External" }] });
    expect(readError(bytes)).toEqual({ code: "file.corrupt", params: { reason: "external_target", target: "worksheets/sheet1.xml" } });
  });

  it("refuses an officeDocument target outside the package", () => {
    const bytes = buildPackage({
      sheets: [{ name: "S", xml: A1 }],
      parts: { "_rels/.rels": rels(`<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="../xl/workbook.xml"/>`) },
    });
    expect(readError(bytes)).toEqual({ code: "file.corrupt", params: { reason: "target_outside_package", target: "../xl/workbook.xml" } });
  });

  it("ignores external relationships it does not follow (hyperlinks, external links)", () => {
    const bytes = buildPackage({
      sheets: [{ name: "S", xml: A1 }],
      parts: {
        "xl/_rels/workbook.xml.rels": rels(
          `<Relationship Id="rId1" Type="${REL_TYPE}/worksheet" Target="worksheets/sheet1.xml"/>`,
          `<Relationship Id="rId9" Type="${REL_TYPE}/externalLinkPath" Target="file:///C:/other.xlsx" TargetMode="External"/>`,
        ),
      },
    });
    expect(readWorkbook(bytes).sheets[0]?.cells[0]?.value).toBe(7);
  });

  it.each([
    ["a missing sheet relationship", { "xl/_rels/workbook.xml.rels": rels() }, { reason: "missing_relationship", part: "xl/workbook.xml", id: "rId1" }],
    ["no main part at all", { "_rels/.rels": undefined, "xl/workbook.xml": undefined }, { reason: "missing_part", part: "_rels/.rels" }],
    ["no officeDocument relationship", { "_rels/.rels": rels(), "xl/workbook.xml": undefined }, { reason: "missing_part", part: "xl/workbook.xml" }],
    ["a .docx main part", { "xl/workbook.xml": `<w:document xmlns:w="urn:w"/>` }, { reason: "unexpected_root", part: "xl/workbook.xml" }],
    ["a sheet without r:id", { "xl/workbook.xml": workbookXml('<sheet name="S" sheetId="1"/>') }, { reason: "sheet_entry", part: "xl/workbook.xml" }],
  ])("refuses %s", (_label, parts, params) => {
    expect(readError(buildPackage({ sheets: [{ name: "S", xml: A1 }], parts }))).toEqual({ code: "file.corrupt", params });
  });

  it("names the format of OpenDocument and binary (.xlsb) workbooks", () => {
    const ods = zipParts({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>", "META-INF/manifest.xml": "<m/>" }, 0);
    expect(readError(ods)).toEqual({ code: "file.corrupt", params: { reason: "unsupported_format", format: "ods" } });
    const xlsb = zipParts({
      "_rels/.rels": rels(`<Relationship Id="rId1" Type="${REL_TYPE}/officeDocument" Target="xl/workbook.bin"/>`),
      "xl/workbook.bin": new Uint8Array(8),
    });
    expect(readError(xlsb)).toEqual({ code: "file.corrupt", params: { reason: "unsupported_format", format: "xlsb", part: "xl/workbook.bin" } });
  });

  it("reads defined names with their sheet scope", () => {
    const names =
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">\'S 2\'!$A$1:$D$10</definedName>' +
      '<definedName name="Tong" hidden="1">S!$A$1&amp;"x"</definedName></definedNames>';
    const bytes = buildPackage({
      sheets: [
        { name: "S", xml: A1 },
        { name: "S 2", xml: A1 },
      ],
    });
    const parts = buildParts({
      sheets: [
        { name: "S", xml: A1 },
        { name: "S 2", xml: A1 },
      ],
    });
    parts["xl/workbook.xml"] = (parts["xl/workbook.xml"] as string).replace("</sheets>", `</sheets>${names}`);
    expect(readWorkbook(bytes).definedNames).toEqual([]);
    expect(readWorkbook(zipParts(parts)).definedNames).toEqual([
      { name: "_xlnm.Print_Area", ref: "'S 2'!$A$1:$D$10", localSheet: 1 },
      { name: "Tong", ref: 'S!$A$1&"x"' },
    ]);
  });

  it("detects macros by vbaProject.bin or by a macro-enabled content type", () => {
    const plain = buildParts({ sheets: [{ name: "S", xml: A1 }] });
    expect(readWorkbook(zipParts(plain)).hasMacros).toBe(false);
    expect(readWorkbook(zipParts({ ...plain, "xl/vbaProject.bin": new Uint8Array([1, 2, 3]) })).hasMacros).toBe(true);
    const macroType = (plain["[Content_Types].xml"] as string).replace("sheet.main+xml", "sheet.macroEnabled.main+xml");
    expect(readWorkbook(zipParts({ ...plain, "[Content_Types].xml": macroType })).hasMacros).toBe(true);
  });

  it("reads the producing application, when there is one", () => {
    const libre = "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2";
    expect(readWorkbook(buildPackage({ sheets: [{ name: "S", xml: A1 }], application: ` ${libre}\n` })).application).toBe(libre);
    expect("application" in readWorkbook(buildPackage({ sheets: [{ name: "S", xml: A1 }] }))).toBe(false);
  });

  it("reads Strict OOXML (purl.oclc.org namespaces and relationship types)", () => {
    const strictRel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    const strictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    const bytes = zipParts({
      "_rels/.rels": rels(`<Relationship Id="rId1" Type="${strictRel}/officeDocument" Target="xl/workbook.xml"/>`),
      "xl/workbook.xml": workbookXml('<sheet name="S" sheetId="1" r:id="rId1"/>', strictMain, strictRel),
      "xl/_rels/workbook.xml.rels": rels(`<Relationship Id="rId1" Type="${strictRel}/worksheet" Target="worksheets/sheet1.xml"/>`),
      "xl/worksheets/sheet1.xml": `<worksheet xmlns="${strictMain}">${A1}</worksheet>`,
    });
    expect(readWorkbook(bytes).sheets[0]?.cells[0]?.value).toBe(7);
  });

  it("decodes UTF-16 parts and UTF-8 byte order marks", () => {
    const xml = worksheet('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Đảng</t></is></c></row></sheetData>');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) new DataView(utf16.buffer).setUint16(2 + 2 * i, xml.charCodeAt(i), true);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(xml)]);
    for (const encoded of [utf16, withBom]) {
      const bytes = packageWithEntries({ sheets: [{ name: "S" }] }, [storedEntry("xl/worksheets/sheet1.xml", encoded)]);
      expect(readWorkbook(bytes).sheets[0]?.cells[0]?.value).toBe("Đảng");
    }
  });
});
