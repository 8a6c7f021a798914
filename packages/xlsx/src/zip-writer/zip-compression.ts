import { Deflate } from "fflate";
import { crc32 } from "./crc32.js";

/** Raw DEFLATE of one zip entry, fed in chunks. */
export interface EntryDeflater {
  /** Adds uncompressed bytes; the promise, when one is returned, says when to push more. */
  push(chunk: Uint8Array): void | Promise<void>;
  /** The compressed bytes of everything pushed, in order. */
  finish(): readonly Uint8Array[] | Promise<readonly Uint8Array[]>;
}

/**
 * How zip entries are compressed. The default is portable (fflate, runs in
 * a browser); Node callers pass zlib's, several times faster and running
 * off the main thread.
 */
export interface ZipCompression {
  deflater(): EntryDeflater;
  /** CRC-32 of `data` continuing from `previous`. */
  crc32(data: Uint8Array, previous: number): number;
}

export const portableCompression: ZipCompression = {
  deflater() {
    const out: Uint8Array[] = [];
    const deflate = new Deflate({ level: 6 }, (data) => out.push(data));
    return {
      push: (chunk) => deflate.push(chunk),
      finish: () => {
        deflate.push(new Uint8Array(0), true);
        return out;
      },
    };
  },
  crc32,
};
