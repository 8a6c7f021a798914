import { once } from "node:events";
import * as zlib from "node:zlib";
import { crc32, type ZipCompression } from "@phuluc/xlsx";

/** zlib's CRC-32 where Node has it (20.15 and later), the portable one before. */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/**
 * Zip entries compressed by Node's zlib: several times faster than the
 * portable deflater, and done on libuv's threads while the main thread
 * makes the next rows.
 */
export const nodeCompression: ZipCompression = {
  deflater() {
    const stream = zlib.createDeflateRaw({ level: 6 });
    const out: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => out.push(chunk));
    const ended = once(stream, "end");
    // Awaited in finish(); a failure before then must not go unhandled.
    ended.catch(() => undefined);
    return {
      push: (chunk) => (stream.write(chunk) ? undefined : once(stream, "drain").then(() => undefined)),
      finish: async () => {
        stream.end();
        await ended;
        return out;
      },
    };
  },
  crc32: nativeCrc32 ? (data, previous) => nativeCrc32(data, previous) : crc32,
};
