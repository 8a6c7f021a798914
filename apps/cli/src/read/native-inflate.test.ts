import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { nativeInflate } from "./native-inflate.js";

describe("nativeInflate", () => {
  const text = Buffer.from("đảng viên chi bộ ".repeat(200_000));
  const data = deflateRawSync(text);

  it("inflates an honest entry into one buffer of its declared size (no second copy)", () => {
    const out = nativeInflate(data, 64 * 1024 * 1024, text.length);
    expect(Buffer.from(out).equals(text)).toBe(true);
    // One chunk of the declared size plus the spare byte, not many chunks joined.
    expect(out.buffer.byteLength).toBe(text.length + 1);
  });

  it("still inflates an entry that declares less than it holds, up to the cap", () => {
    expect(nativeInflate(data, 64 * 1024 * 1024, 4096).length).toBe(text.length);
    expect(() => nativeInflate(data, 1_000_000, 4096)).toThrow();
  });

  it("checks with zlib's CRC-32", () => {
    expect(nativeInflate.crc32?.(Buffer.from("123456789"))).toBe(0xcbf43926);
  });
});
