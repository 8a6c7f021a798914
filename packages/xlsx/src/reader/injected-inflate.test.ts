import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "./read-workbook.js";
import { bombPackage } from "./test-support/hostile-packages.js";
import { oneSheet } from "./test-support/package-builder.js";
import type { RawInflate } from "./types.js";

/** Node's native inflater, capped by maxOutputLength as the reader asks. */
const nodeInflate: RawInflate = (data, maxOutput) => inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) });

describe("an injected inflater", () => {
  it("reads the same cells as the built-in one", () => {
    const bytes = oneSheet('<sheetData><row r="1"><c r="A1"><v>42</v></c><c r="B1" t="inlineStr"><is><t>Mã số</t></is></c></row></sheetData>');
    const builtIn = readWorkbook(bytes).sheets[0]!.cells.map((c) => [c.address, c.value]);
    expect(readWorkbook(bytes, { inflate: nodeInflate }).sheets[0]!.cells.map((c) => [c.address, c.value])).toEqual(builtIn);
  });

  it("still stops a zip bomb at the cap, whatever the declared size", () => {
    const bomb = bombPackage({ outputBytes: 80 * 1024 * 1024, declaredSize: 4096 });
    expect(() => readWorkbook(bomb, { inflate: nodeInflate })).toThrow(
      expect.objectContaining({ code: "file.too_large", params: expect.objectContaining({ kind: "uncompressed" }) }),
    );
  });

  it("is told each entry's declared size, so that it can inflate into one buffer", () => {
    const bytes = oneSheet('<sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData>');
    const asked: [number, number | undefined][] = [];
    const recording: RawInflate = (data, maxOutput, expectedSize) => {
      asked.push([maxOutput, expectedSize]);
      return nodeInflate(data, maxOutput);
    };
    readWorkbook(bytes, { inflate: recording });
    expect(asked.length).toBeGreaterThan(0);
    for (const [maxOutput, expectedSize] of asked) {
      expect(expectedSize).toBeGreaterThan(0);
      expect(expectedSize).toBeLessThanOrEqual(maxOutput);
    }
    // A lying entry declares 4 KiB: the hint says so, and the cap still stops it.
    const bomb = bombPackage({ outputBytes: 80 * 1024 * 1024, declaredSize: 4096 });
    asked.length = 0;
    expect(() => readWorkbook(bomb, { inflate: recording })).toThrow(expect.objectContaining({ code: "file.too_large" }));
    expect(asked.some(([, expectedSize]) => expectedSize === 4096)).toBe(true);
  });

  it("reports a corrupt stream as corrupt", () => {
    const broken: RawInflate = () => {
      throw new Error("invalid stored block lengths");
    };
    const bytes = oneSheet('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');
    expect(() => readWorkbook(bytes, { inflate: broken })).toThrow(expect.objectContaining({ code: "file.corrupt" }));
  });
});
