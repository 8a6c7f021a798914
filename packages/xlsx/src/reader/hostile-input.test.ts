import { deflateSync, inflateSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-workbook.js";
import { DEFAULT_READ_LIMITS } from "./limits.js";
import { deflateRepeat } from "./test-support/deflate-bomb.js";
import { bombPackage, entityBombPackage, hugeDimensionPackage, packageWithEntries } from "./test-support/hostile-packages.js";
import { NS_MAIN, buildPackage, oneSheet, worksheet } from "./test-support/package-builder.js";
import { errorOf, readError } from "./test-support/read-error.js";
import { deflatedEntry, storedEntry } from "./test-support/zip-writer.js";
import { crc32 } from "../zip-writer/crc32.js";

const MIB = 1024 * 1024;
const SHEET = "xl/worksheets/sheet1.xml";

// Hostile input is bounded by work (the caps each read error names), never asserted in
// wall-clock time, which fails on a loaded machine; scripts/bench-read.mjs measures the time.

describe("zip bombs", () => {
  it("refuses an entry whose declared size passes the total cap, before inflating it", () => {
    const bytes = bombPackage({ outputBytes: 2 ** 30 });
    expect(readError(bytes)).toEqual({
      code: "file.too_large",
      params: { kind: "uncompressed", limit: DEFAULT_READ_LIMITS.maxUncompressedBytes, part: SHEET },
    });
  });

  it("stops inflating at the cap when the declared size lies (streaming path)", () => {
    const bytes = bombPackage({ outputBytes: 2 ** 30, declaredSize: 4096 });
    expect(readError(bytes)).toEqual({
      code: "file.too_large",
      params: { kind: "uncompressed", limit: DEFAULT_READ_LIMITS.maxUncompressedBytes, part: SHEET },
    });
  });

  it("stops a small lying entry too (one-shot path falls back to the capped stream)", () => {
    const bytes = bombPackage({ outputBytes: 4 * MIB, declaredSize: 1000 });
    expect(readError(bytes, { maxUncompressedBytes: 2 * MIB })).toEqual({
      code: "file.too_large",
      params: { kind: "uncompressed", limit: 2 * MIB, part: SHEET },
    });
  });

  it("applies the per-entry ratio to declared and to real sizes", () => {
    // ~159:1 fixed-Huffman stream.
    expect(readError(bombPackage({ outputBytes: 3 * MIB }), { maxEntryRatio: 100 })).toEqual({
      code: "file.too_large",
      params: { kind: "ratio", limit: 100, part: SHEET },
    });
    expect(readError(bombPackage({ outputBytes: 3 * MIB, declaredSize: 1000 }), { maxEntryRatio: 100 })).toEqual({
      code: "file.too_large",
      params: { kind: "ratio", limit: 100, part: SHEET },
    });
    // ~1000:1 zeros, but under the 1 MiB exemption for small parts.
    const zeros = { name: SHEET, method: 8, payload: deflateSync(new Uint8Array(MIB / 2)), declaredSize: MIB / 2, crc32: crc32(new Uint8Array(MIB / 2)) };
    expect(readError(packageWithEntries({ sheets: [{ name: "S" }] }, [zeros])).params.reason).toBe("xml");
  });

  it("never inflates an entry it does not need", () => {
    const bytes = bombPackage({ outputBytes: 2 ** 30, where: "media" });
    const result = readWorkbook(bytes);
    expect(result.sheets.map((s) => s.cells.length)).toEqual([0]);
  });

  it("counts inflated bytes across all parts read", () => {
    const big = `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(5000)}</t></is></c></row></sheetData>`;
    const bytes = buildPackage({ sheets: [{ name: "S", xml: big }] });
    expect(readError(bytes, { maxUncompressedBytes: 5000 })).toEqual({
      code: "file.too_large",
      params: { kind: "uncompressed", limit: 5000, part: SHEET },
    });
  });
});

describe("broken zips", () => {
  const base = { sheets: [{ name: "S", xml: "<sheetData/>" }] };

  it("refuses unsupported compression and zip-level encryption of a needed part", () => {
    const bzip2 = { ...storedEntry(SHEET, worksheet("<sheetData/>")), method: 12 };
    expect(readError(packageWithEntries(base, [bzip2]))).toEqual({ code: "file.corrupt", params: { reason: "zip_method", part: SHEET, method: 12 } });
    const encrypted = { ...deflatedEntry(SHEET, worksheet("<sheetData/>")), flags: 1 };
    expect(readError(packageWithEntries(base, [encrypted]))).toEqual({ code: "file.encrypted", params: { kind: "zip", part: SHEET } });
  });

  it("refuses duplicate entries, corrupt deflate data and truncated files", () => {
    const dup = packageWithEntries(base, [deflatedEntry(SHEET, worksheet("<sheetData/>")), deflatedEntry("XL/Worksheets/Sheet1.xml", "x")]);
    expect(readError(dup)).toEqual({ code: "file.corrupt", params: { reason: "duplicate_entry", part: "XL/Worksheets/Sheet1.xml" } });
    const garbage = { name: SHEET, method: 8, payload: new Uint8Array([0xff, 0xff, 0xff, 0xff]), declaredSize: 100 };
    expect(readError(packageWithEntries(base, [garbage]))).toEqual({ code: "file.corrupt", params: { reason: "zip_inflate", part: SHEET } });
    const whole = buildPackage(base);
    // Cut short, as by a broken download: sent again, never "re-save in Excel".
    expect(readError(whole.subarray(0, whole.length - 30))).toEqual({ code: "file.damaged", params: { reason: "truncated" } });
    expect(readError(whole.subarray(0, 200))).toEqual({ code: "file.damaged", params: { reason: "truncated" } });
  });

  it("reads stored entries, backslash names and archive comments", () => {
    const sheet = worksheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');
    const stored = packageWithEntries({ ...base, parts: { [SHEET]: undefined } }, [storedEntry("xl\\worksheets\\sheet1.xml", sheet)]);
    const withComment = new Uint8Array([...stored, 0, 0]);
    new DataView(withComment.buffer).setUint16(stored.length - 2, 2, true);
    for (const bytes of [stored, withComment]) expect(readWorkbook(bytes).sheets[0]?.cells[0]?.value).toBe(1);
  });
});

describe("resource limits", () => {
  it("does not allocate by a huge <dimension>", () => {
    const result = readWorkbook(hugeDimensionPackage(3));
    expect(result.sheets[0]?.cells.map((c) => [c.address, c.value])).toEqual([
      ["A1", 0],
      ["B1", 1],
      ["C1", 2],
    ]);
  });

  it("stops at maxCells across the workbook, counting blank cells too", () => {
    const row = (n: number) => `<row r="${n}"><c r="A${n}"><v>1</v></c><c r="B${n}"/></row>`;
    const two = buildPackage({
      sheets: [
        { name: "S1", xml: `<sheetData>${row(1)}</sheetData>` },
        { name: "S2", xml: `<sheetData>${row(1)}</sheetData>` },
      ],
    });
    expect(readWorkbook(two, { maxCells: 4 }).sheets.map((s) => s.cells.length)).toEqual([1, 1]);
    expect(readError(two, { maxCells: 3 })).toEqual({ code: "file.too_many_cells", params: { kind: "cells", limit: 3, sheet: "S2" } });
    expect(readError(hugeDimensionPackage(600_000))).toEqual({
      code: "file.too_many_cells",
      params: { kind: "cells", limit: DEFAULT_READ_LIMITS.maxCells, sheet: "Sheet1" },
    });
  });

  it("caps shared strings and merges by maxCells too", () => {
    expect(readError(oneSheet("", { sharedStrings: ["a", "b", "c"] }), { maxCells: 2 })).toEqual({
      code: "file.too_many_cells",
      params: { kind: "strings", limit: 2, part: "xl/sharedStrings.xml" },
    });
    const merges = '<mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="A2:B2"/><mergeCell ref="A3:B3"/></mergeCells>';
    expect(readError(oneSheet("", {}, merges), { maxCells: 2 })).toEqual({
      code: "file.too_many_cells",
      params: { kind: "merges", limit: 2, sheet: "Sheet1" },
    });
  });

  it("refuses more sheets than maxSheets", () => {
    const bytes = buildPackage({ sheets: [1, 2, 3].map((n) => ({ name: `S${n}` })) });
    expect(readWorkbook(bytes, { maxSheets: 3 }).sheets).toHaveLength(3);
    expect(readError(bytes, { maxSheets: 2 })).toEqual({ code: "file.too_large", params: { kind: "sheets", limit: 2, actual: 3 } });
  });

  it("validates limit overrides", () => {
    expect(() => readWorkbook(new Uint8Array(), { maxCells: -1 })).toThrow(RangeError);
    expect(errorOf(() => readWorkbook(new Uint8Array(), { maxCells: undefined } as never))).toEqual({ code: "file.not_zip", params: { kind: "empty" } });
  });
});

describe("unsafe XML", () => {
  it("refuses a billion-laughs DOCTYPE without expanding anything", () => {
    expect(readError(entityBombPackage())).toEqual({ code: "file.unsafe_xml", params: { part: SHEET } });
  });

  it.each([
    ["[Content_Types].xml", '<!DOCTYPE Types [<!ENTITY x SYSTEM "file:///etc/passwd">]><Types xmlns="urn:ct">&x;</Types>'],
    ["_rels/.rels", '<!DOCTYPE r SYSTEM "http://example.com/x.dtd"><Relationships/>'],
    ["xl/workbook.xml", '<?xml version="1.0"?><!DOCTYPE workbook><workbook/>'],
    ["xl/_rels/workbook.xml.rels", "<!DOCTYPE Relationships><Relationships/>"],
    ["xl/sharedStrings.xml", `<!DOCTYPE sst [<!ENTITY a "b">]><sst xmlns="${NS_MAIN}"/>`],
    ["xl/styles.xml", `<!DOCTYPE styleSheet><styleSheet xmlns="${NS_MAIN}"/>`],
    ["docProps/app.xml", "<!DOCTYPE Properties><Properties/>"],
  ])("refuses a DOCTYPE in %s", (part, xml) => {
    const bytes = buildPackage({
      sheets: [{ name: "S" }],
      sharedStrings: [],
      styles: `<styleSheet xmlns="${NS_MAIN}"/>`,
      application: "x",
      parts: { [part]: xml },
    });
    expect(readError(bytes)).toEqual({ code: "file.unsafe_xml", params: { part } });
  });

  it("refuses a DOCTYPE hidden inside a skipped element", () => {
    const bytes = oneSheet("", {}, "<extLst><!DOCTYPE x></extLst>");
    expect(readError(bytes)).toEqual({ code: "file.unsafe_xml", params: { part: SHEET } });
  });

  it("keeps the deflate bomb helper honest", () => {
    expect(new TextDecoder().decode(inflateSync(deflateRepeat("<a>", 1000)))).toBe(`<a${">".repeat(998)}`);
    expect(inflateSync(deflateRepeat("xyz", 1_000_003)).length).toBe(1_000_003);
  });
});
