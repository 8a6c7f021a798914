import type { ZipEntry } from "./zip-directory.js";

/**
 * Parsed small shared parts (workbook, relationships, styles, content types,
 * app properties) of recently read packages, so that a folder of workbooks
 * made from one template inflates and parses each of them once. A part is
 * served from here only when its compressed bytes are exactly equal to the
 * ones it was parsed from (and its name, method, flags, sizes and CRC-32 as
 * the directory states them): the same bytes inflate to the same text, so
 * the result is the one reading would give. Only parses that succeeded are
 * kept; the cache holds at most MAX_ENTRIES parts of at most
 * MAX_COMPRESSED_BYTES each, the least recently used going first.
 */
const MAX_ENTRIES = 32;
const MAX_COMPRESSED_BYTES = 64 * 1024;

interface CachedPart {
  /** A copy of the compressed bytes (never a view that would keep a whole file alive). */
  compressed: Uint8Array;
  value: unknown;
}

const cache = new Map<string, CachedPart>();

function keyOf(kind: string, part: string, entry: ZipEntry): string {
  return `${kind}\u0000${part}\u0000${entry.name}\u0000${entry.method}\u0000${entry.flags}\u0000${entry.crc32}\u0000${entry.compressedSize}\u0000${entry.uncompressedSize}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** True when a part of this size may be kept. */
export function cacheable(entry: ZipEntry): boolean {
  return entry.compressedSize <= MAX_COMPRESSED_BYTES;
}

/** The value parsed from exactly these compressed bytes of this part, if kept. */
export function cachedPart<T>(kind: string, part: string, entry: ZipEntry, compressed: Uint8Array): { value: T } | undefined {
  const key = keyOf(kind, part, entry);
  const hit = cache.get(key);
  if (hit === undefined || !sameBytes(hit.compressed, compressed)) return undefined;
  cache.delete(key);
  cache.set(key, hit);
  return { value: hit.value as T };
}

/** Keeps the value parsed from these compressed bytes (copied). */
export function keepPart(kind: string, part: string, entry: ZipEntry, compressed: Uint8Array, value: unknown): void {
  const key = keyOf(kind, part, entry);
  cache.delete(key);
  cache.set(key, { compressed: compressed.slice(), value });
  while (cache.size > MAX_ENTRIES) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
}
