import { describe, expect, it } from "vitest";
import { WorkbookReadError } from "./errors.js";
import { hasDeclaration, parseSheetBytes, readSectionsEnd } from "./sheet-bytes.js";
import type { SheetContext } from "./sheet-data-reader.js";
import { parseSheetPart } from "./sheet-part.js";
import { NO_CELL_FORMATS } from "./styles-part.js";
import { worksheet } from "./test-support/package-builder.js";

const bytes = (xml: string): Uint8Array => new TextEncoder().encode(xml);
const context = (limit = 1000): SheetContext => ({
  part: "xl/worksheets/sheet1.xml",
  sheetName: "PL01",
  sharedStrings: ["Mã số"],
  formats: NO_CELL_FORMATS,
  budget: { remaining: limit, limit },
});
const outcome = (read: () => unknown): unknown => {
  try {
    return read();
  } catch (error) {
    return error instanceof WorkbookReadError ? { code: error.code, params: error.params } : error;
  }
};
/** What the bytes give and what the whole text gives, with the budget left. */
const both = (xml: string, limit?: number) => {
  const fromBytes = context(limit);
  const fromText = context(limit);
  return [
    [outcome(() => parseSheetBytes(bytes(xml), fromBytes)), fromBytes.budget.remaining],
    [outcome(() => parseSheetPart(xml, fromText)), fromText.budget.remaining],
  ];
};

const ROWS = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>7</v></c></row></sheetData>';
const MERGES = '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
const VALIDATIONS = '<dataValidations count="1"><dataValidation sqref="B1" prompt="Nhập số nguyên"><formula1>0</formula1></dataValidation></dataValidations>';

describe("a worksheet read from its bytes", () => {
  it("decodes only up to the first section after the merges", () => {
    const xml = worksheet(`${ROWS}${MERGES}${VALIDATIONS}<pageMargins left="0.7"/>`);
    const end = readSectionsEnd(bytes(xml));
    expect(new TextDecoder().decode(bytes(xml).subarray(0, end)).endsWith('<dataValidations count="1">')).toBe(true);
    const [fromBytes, fromText] = both(xml);
    expect(fromBytes).toEqual(fromText);
    expect(fromBytes?.[1]).toBe(998);
  });

  it.each([
    ["no section after the merges", worksheet(`${ROWS}${MERGES}`)],
    ["no merges", worksheet(`${ROWS}<pageMargins left="0.7"/>`)],
    ["a '>' inside the section's start tag", worksheet(`${ROWS}${MERGES}<dataValidations note="a>b" count="1"/>`)],
    ["a section's name inside a comment before the merges end", worksheet(`${ROWS}<!-- <pageSetup> -->${MERGES}<pageMargins/>`)],
    ["a comment cut by the guessed end", worksheet(`${ROWS}${MERGES}<!-- </mergeCells><pageMargins> -->`)],
    ["a section out of order", worksheet(`<pageMargins/>${ROWS}${MERGES}`)],
    ["an unclosed root", worksheet(`${ROWS}${MERGES}<pageMargins/>`).replace("</worksheet>", "")],
    ["a broken cell before the section", worksheet(`<sheetData><row r="1"><c r="A0"><v>1</v></c></row></sheetData>${MERGES}<pageMargins/>`)],
    ["a broken entity after the section", worksheet(`${ROWS}${MERGES}<pageMargins/><x a="&bad;"/>`)],
    ["a prefixed section", worksheet(`${ROWS}${MERGES}<x:pageMargins xmlns:x="urn:x"/>`)],
  ])("gives what the whole text gives with %s", (_case, xml) => {
    const [fromBytes, fromText] = both(xml);
    expect(fromBytes).toEqual(fromText);
  });

  it("restores the cell budget when the start alone does not decide", () => {
    // The guessed end cuts a comment open: the start fails, the whole part is read once more.
    const xml = worksheet(`${ROWS}${MERGES}<!-- </mergeCells><pageMargins> -->`);
    expect(readSectionsEnd(bytes(xml))).toBeLessThan(xml.length);
    const [fromBytes, fromText] = both(xml, 2);
    expect(fromBytes).toEqual(fromText);
    expect(fromBytes?.[1]).toBe(0);
    expect(both(xml, 1)[0]).toEqual([{ code: "file.too_many_cells", params: { kind: "cells", limit: 1, sheet: "PL01" } }, -1]);
  });

  it("refuses a declaration anywhere in the bytes, read or not", () => {
    for (const tail of ["<!DOCTYPE x>", '<!ENTITY a "b">']) {
      const xml = worksheet(`${ROWS}${MERGES}<pageMargins/><extLst>${tail}</extLst>`);
      expect(hasDeclaration(bytes(xml))).toBe(true);
      expect(both(xml)[0]).toEqual([{ code: "file.unsafe_xml", params: { part: "xl/worksheets/sheet1.xml" } }, 1000]);
    }
    expect(hasDeclaration(bytes(worksheet(`${ROWS}<!-- ! --><![CDATA[!]]>`)))).toBe(false);
  });
});
