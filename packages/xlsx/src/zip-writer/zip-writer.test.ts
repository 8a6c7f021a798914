import { crc32 as zlibCrc32, deflateRawSync, inflateRawSync } from "node:zlib";
import { strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../reader/index.js";
import { crc32 } from "./crc32.js";
import { portableCompression, type ZipCompression } from "./zip-compression.js";
import { ZipWriter } from "./zip-writer.js";

function random(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe("crc32", () => {
  it("gives the standard check value and continues across chunks", () => {
    expect(crc32(strToU8("123456789"))).toBe(0xcbf43926);
    const data = random(100_000, 7);
    expect(crc32(data.subarray(40_000), crc32(data.subarray(0, 40_000)))).toBe(crc32(data));
    if (typeof zlibCrc32 === "function") expect(crc32(data)).toBe(zlibCrc32(data));
  });

  it("agrees with zlib for every length around the eight-byte step", () => {
    const data = random(40, 3);
    for (let length = 0; length <= 40; length++) expect(crc32(data.subarray(0, length))).toBe(zlibCrc32(data.subarray(0, length)));
    expect(crc32(data.subarray(0, 13), crc32(data.subarray(0, 0)))).toBe(zlibCrc32(data.subarray(0, 13)));
  });
});

describe("ZipWriter", () => {
  it("writes entries that unzip to the bytes given, whole or in chunks, with UTF-8 names", async () => {
    const big = strToU8("<row>ô số liệu</row>".repeat(50_000));
    const zip = new ZipWriter(portableCompression, "2022-12-05T08:30:00.000Z");
    await zip.add("[Content_Types].xml", strToU8("<Types/>"));
    await zip.add(
      "xl/worksheets/sheet1.xml",
      (function* () {
        for (let i = 0; i < big.length; i += 65_536) yield big.subarray(i, i + 65_536);
      })(),
    );
    await zip.add("Tình hình.txt", strToU8("đã tổng hợp"));
    await zip.add("empty.xml", new Uint8Array(0));
    const bytes = zip.finish();
    const parts = unzipSync(bytes);
    expect(Object.keys(parts)).toEqual(["[Content_Types].xml", "xl/worksheets/sheet1.xml", "Tình hình.txt", "empty.xml"]);
    // (Buffer.equals: a deep comparison of a megabyte is slow.)
    expect(Buffer.from(parts["xl/worksheets/sheet1.xml"] ?? []).equals(big)).toBe(true);
    expect(new TextDecoder().decode(parts["Tình hình.txt"])).toBe("đã tổng hợp");
    expect(parts["empty.xml"]).toEqual(new Uint8Array(0));
    // Compressed: the repeated row costs a fraction of its size.
    expect(bytes.length).toBeLessThan(big.length / 20);
    // The timestamp is the one given (MS-DOS fields, seconds halved).
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint16(12, true)).toBe(((2022 - 1980) << 9) | (12 << 5) | 5);
    expect(view.getUint16(10, true)).toBe((8 << 11) | (30 << 5));
  });

  it("takes any deflater: a workbook written with Node's zlib reads back", async () => {
    const zlibLike: ZipCompression = {
      deflater() {
        const chunks: Uint8Array[] = [];
        return {
          push: async (chunk) => {
            await Promise.resolve();
            chunks.push(chunk.slice());
          },
          finish: () => {
            const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
            let at = 0;
            for (const c of chunks) {
              all.set(c, at);
              at += c.length;
            }
            return [new Uint8Array(deflateRawSync(all))];
          },
        };
      },
      crc32,
    };
    const zip = new ZipWriter(zlibLike);
    const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>`;
    const files: Record<string, string> = {
      "[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      "_rels/.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml": `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="PL01" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      "xl/worksheets/sheet1.xml": sheet,
    };
    for (const [name, text] of Object.entries(files)) await zip.add(name, strToU8(text));
    const book = readWorkbook(zip.finish(), { inflate: (data, max) => new Uint8Array(inflateRawSync(data, { maxOutputLength: Math.max(1, max) })) });
    expect(book.sheets.map((s) => [s.name, s.cell(1, 1)?.value])).toEqual([["PL01", 42]]);
  });
});
