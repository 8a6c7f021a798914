import { Inflate, inflateSync } from "fflate";
import { crc32 } from "../zip-writer/crc32.js";
import { WorkbookReadError, corrupt } from "./errors.js";
import { RATIO_EXEMPT_BYTES } from "./limits.js";
import type { RawInflate } from "./types.js";
import type { ZipEntry } from "./zip-directory.js";

/** Running inflate budget shared by every part read from one package. */
export interface InflateBudget {
  /** Bytes that may still be inflated in total. */
  remaining: number;
  totalLimit: number;
  ratioLimit: number;
  /** An inflater given by the caller (see RawInflate); fflate when absent. */
  inflate?: RawInflate;
}

const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_BYTES = 30;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const FLAG_ENCRYPTED = 0x1;
/**
 * DEFLATE cannot expand beyond ~1032:1, so an entry this small cannot make the
 * one-shot inflater (which writes into a fixed buffer and drops any excess)
 * spend more than ~35 MB worth of work, even if its declared size lies.
 */
const ONE_SHOT_MAX_COMPRESSED = 32 * 1024;
/** Streaming chunk: a lying entry overshoots the cap by at most ~1032 × this before we abort. */
const STREAM_CHUNK = 16 * 1024;

/**
 * Inflates one entry, enforcing the total and per-entry ratio caps before and
 * during inflation, then checks the bytes against the directory's size and
 * CRC-32: a part altered or cut in transit is `file.damaged`, never read.
 */
export function extractEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  if (entry.flags & FLAG_ENCRYPTED) throw new WorkbookReadError("file.encrypted", { kind: "zip", part: entry.name });
  const data = compressedData(bytes, entry);
  const ratioCap = Math.max(RATIO_EXEMPT_BYTES, entry.compressedSize * budget.ratioLimit);
  checkCap(entry.uncompressedSize, entry, budget, ratioCap);

  let output: Uint8Array;
  if (entry.method === METHOD_STORED) {
    if (entry.compressedSize !== entry.uncompressedSize) throw corrupt("zip_entry", { part: entry.name });
    output = data;
  } else if (entry.method === METHOD_DEFLATE) {
    output = inflateCapped(data, entry, budget, ratioCap);
  } else {
    throw corrupt("zip_method", { part: entry.name, method: entry.method });
  }
  if (output.length !== entry.uncompressedSize) throw new WorkbookReadError("file.damaged", { reason: "size", part: entry.name });
  if ((budget.inflate?.crc32 ?? crc32)(output) !== entry.crc32) throw new WorkbookReadError("file.damaged", { reason: "checksum", part: entry.name });
  budget.remaining -= output.length;
  return output;
}

/** An entry's compressed bytes, with the checks extractEntry makes before inflating them. */
export function entryCompressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & FLAG_ENCRYPTED) throw new WorkbookReadError("file.encrypted", { kind: "zip", part: entry.name });
  return compressedData(bytes, entry);
}

/**
 * Counts an entry whose bytes are known to inflate to its declared size (the
 * same compressed bytes read before) against the caps, as extractEntry would.
 */
export function chargeKnownEntry(entry: ZipEntry, budget: InflateBudget): void {
  checkCap(entry.uncompressedSize, entry, budget, Math.max(RATIO_EXEMPT_BYTES, entry.compressedSize * budget.ratioLimit));
  budget.remaining -= entry.uncompressedSize;
}

function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (at + LOCAL_BYTES > bytes.length) throw new WorkbookReadError("file.damaged", { reason: "truncated", part: entry.name });
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, LOCAL_BYTES);
  if (view.getUint32(0, true) !== LOCAL_SIGNATURE) throw corrupt("zip_entry", { part: entry.name });
  const start = at + LOCAL_BYTES + view.getUint16(26, true) + view.getUint16(28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new WorkbookReadError("file.damaged", { reason: "truncated", part: entry.name });
  return bytes.subarray(start, end);
}

function checkCap(size: number, entry: ZipEntry, budget: InflateBudget, ratioCap: number): void {
  if (size > budget.remaining) {
    throw new WorkbookReadError("file.too_large", { kind: "uncompressed", limit: budget.totalLimit, part: entry.name });
  }
  if (size > ratioCap) {
    throw new WorkbookReadError("file.too_large", { kind: "ratio", limit: budget.ratioLimit, part: entry.name });
  }
}

/** Inflates with the caller's inflater, asking for no more than the caps allow. */
function inflateWith(inflate: RawInflate, data: Uint8Array, entry: ZipEntry, budget: InflateBudget, ratioCap: number): Uint8Array {
  const cap = Math.min(budget.remaining, ratioCap);
  let out: Uint8Array;
  try {
    out = inflate(data, cap, Math.min(entry.uncompressedSize, cap));
  } catch (error) {
    // Either the stream is corrupt or it passed the cap: tell which by what it would need.
    if (
      /too large|maxOutputLength|ERR_BUFFER_TOO_LARGE|Cannot create a Buffer/i.test(
        String((error as Error)?.message ?? error) + String((error as { code?: string })?.code ?? ""),
      )
    ) {
      checkCap(cap + 1, entry, budget, ratioCap);
    }
    throw corrupt("zip_inflate", { part: entry.name });
  }
  checkCap(out.length, entry, budget, ratioCap);
  return out;
}

function inflateCapped(data: Uint8Array, entry: ZipEntry, budget: InflateBudget, ratioCap: number): Uint8Array {
  if (budget.inflate) return inflateWith(budget.inflate, data, entry, budget, ratioCap);
  try {
    if (data.length <= ONE_SHOT_MAX_COMPRESSED) {
      // One spare byte tells us whether the stream is longer than declared.
      const out = inflateSync(data, { out: new Uint8Array(entry.uncompressedSize + 1) });
      if (out.length <= entry.uncompressedSize) return out;
    }
    return inflateStreaming(data, entry, budget, ratioCap);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw corrupt("zip_inflate", { part: entry.name });
  }
}

/**
 * Chunked inflate with a running total: aborts as soon as the output passes either cap.
 * The output goes straight into one buffer of the declared size (grown by doubling only
 * when the entry lies), so an honest entry costs its size once, not twice.
 */
function inflateStreaming(data: Uint8Array, entry: ZipEntry, budget: InflateBudget, ratioCap: number): Uint8Array {
  let out = new Uint8Array(Math.min(entry.uncompressedSize, budget.remaining, ratioCap) + 1);
  let total = 0;
  const inflater = new Inflate((chunk) => {
    checkCap(total + chunk.length, entry, budget, ratioCap);
    if (total + chunk.length > out.length) {
      const grown = new Uint8Array(Math.min(Math.max(out.length * 2, total + chunk.length), Math.min(budget.remaining, ratioCap) + 1));
      grown.set(out.subarray(0, total));
      out = grown;
    }
    out.set(chunk, total);
    total += chunk.length;
  });
  for (let at = 0; at < data.length || at === 0; at += STREAM_CHUNK) {
    const end = Math.min(at + STREAM_CHUNK, data.length);
    inflater.push(data.subarray(at, end), end >= data.length);
    if (end >= data.length) break;
  }
  return out.subarray(0, total);
}
