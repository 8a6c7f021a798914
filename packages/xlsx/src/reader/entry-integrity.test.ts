import { crc32, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-workbook.js";
import { packageWithEntries } from "./test-support/hostile-packages.js";
import { worksheet } from "./test-support/package-builder.js";
import { errorOf } from "./test-support/read-error.js";
import type { RawInflate } from "./types.js";
import { type RawZipEntry, deflatedEntry, storedEntry } from "./test-support/zip-writer.js";

const SHEET = "xl/worksheets/sheet1.xml";
const nodeInflate: RawInflate = (data, maxOutput) => inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) });
/** zlib's inflater with zlib's CRC-32, as the CLI injects them. */
const nodeInflateWithCrc: RawInflate = Object.assign((data: Uint8Array, maxOutput: number) => nodeInflate(data, maxOutput), {
  crc32: (data: Uint8Array) => crc32(data),
});
const base = { sheets: [{ name: "PL04", xml: "<sheetData/>" }] };
const sheetWith = (value: string) => worksheet(`<sheetData><row r="1"><c r="A1"><v>${value}</v></c></row></sheetData>`);
/** Both inflate paths a caller can use: the built-in one and an injected zlib. */
const paths: [string, RawInflate | undefined][] = [
  ["built-in", undefined],
  ["zlib", nodeInflate],
  ["zlib with its CRC-32", nodeInflateWithCrc],
];
const read = (bytes: Uint8Array, inflate: RawInflate | undefined) => readWorkbook(bytes, inflate ? { inflate } : {});

/** The bytes of `entry` changed in place after its CRC was taken, as a bad copy would. */
function altered(entry: RawZipEntry, change: (payload: Uint8Array) => void): RawZipEntry {
  const payload = entry.payload.slice();
  change(payload);
  return { ...entry, payload };
}

describe.each(paths)("CRC-32 and sizes checked while inflating (%s inflater)", (_name, inflate) => {
  it("reads an entry whose CRC and size match", () => {
    const bytes = packageWithEntries(base, [deflatedEntry(SHEET, sheetWith("112"))]);
    expect(read(bytes, inflate).sheets[0]?.cells[0]?.value).toBe(112);
  });

  it("refuses a figure altered in a stored entry (112 made 912), CRC unchanged", () => {
    const entry = storedEntry(SHEET, sheetWith("112"));
    const at = new TextDecoder().decode(entry.payload).indexOf("<v>112<");
    const bytes = packageWithEntries(base, [altered(entry, (p) => (p[at + 3] = 0x39))]);
    expect(errorOf(() => read(bytes, inflate))).toEqual({ code: "file.damaged", params: { reason: "checksum", part: SHEET } });
  });

  it("refuses a deflated entry whose CRC does not match what it inflates to", () => {
    const good = deflatedEntry(SHEET, sheetWith("112"));
    const wrongCrc = { ...good, crc32: ((good.crc32 ?? 0) ^ 1) >>> 0 };
    expect(errorOf(() => read(packageWithEntries(base, [wrongCrc]), inflate))).toEqual({ code: "file.damaged", params: { reason: "checksum", part: SHEET } });
  });

  it("refuses an entry that inflates to fewer bytes than declared", () => {
    const good = deflatedEntry(SHEET, sheetWith("112"));
    const longer = { ...good, declaredSize: good.declaredSize + 10 };
    expect(errorOf(() => read(packageWithEntries(base, [longer]), inflate))).toEqual({ code: "file.damaged", params: { reason: "size", part: SHEET } });
  });

  it("checks large entries too (the streaming path)", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100_003}</v></c></row>`).join("");
    const good = deflatedEntry(SHEET, worksheet(`<sheetData>${rows}</sheetData>`));
    expect(good.payload.length).toBeGreaterThan(32 * 1024);
    expect(read(packageWithEntries(base, [good]), inflate).sheets[0]?.cells).toHaveLength(20_000);
    const wrongCrc = { ...good, crc32: ((good.crc32 ?? 0) + 1) >>> 0 };
    expect(errorOf(() => read(packageWithEntries(base, [wrongCrc]), inflate))).toMatchObject({ code: "file.damaged", params: { reason: "checksum" } });
  });
});

describe("an injected inflater's CRC-32", () => {
  it("is the one that checks what it inflated", () => {
    const bytes = packageWithEntries(base, [deflatedEntry(SHEET, sheetWith("112"))]);
    let calls = 0;
    const counting: RawInflate = Object.assign((data: Uint8Array, maxOutput: number) => nodeInflate(data, maxOutput), {
      crc32: (data: Uint8Array) => (calls++, crc32(data)),
    });
    expect(readWorkbook(bytes, { inflate: counting }).sheets[0]?.cells[0]?.value).toBe(112);
    expect(calls).toBeGreaterThan(0);
    const lying: RawInflate = Object.assign((data: Uint8Array, maxOutput: number) => nodeInflate(data, maxOutput), { crc32: () => 0 });
    expect(errorOf(() => readWorkbook(bytes, { inflate: lying }))).toMatchObject({ code: "file.damaged", params: { reason: "checksum" } });
  });
});
