import { crc32, inflateRawSync } from "node:zlib";
import type { RawInflate } from "@phuluc/xlsx";

/** zlib's smallest output chunk. */
const MIN_CHUNK = 64;

/**
 * Node's native inflater (several times faster than the portable one), held to
 * the reader's caps, with zlib's CRC-32 to check every entry it inflates. The
 * output chunk is the declared size plus one byte: an honest entry comes out as
 * one buffer, never as many chunks joined into a second copy.
 */
export const nativeInflate: RawInflate = Object.assign(
  (data: Uint8Array, maxOutput: number, expectedSize?: number) => {
    const maxOutputLength = Math.max(1, maxOutput);
    const chunkSize = Math.max(MIN_CHUNK, Math.min(expectedSize ?? 0, maxOutputLength) + 1);
    return inflateRawSync(data, expectedSize === undefined ? { maxOutputLength } : { maxOutputLength, chunkSize });
  },
  { crc32: (data: Uint8Array) => crc32(data) },
);
