import { WorkbookReadError, corrupt } from "./errors.js";

/** One file of the zip central directory. Sizes come from the directory and are not trusted. */
export interface ZipEntry {
  /** Normalised name: forward slashes, no leading "/". */
  name: string;
  flags: number;
  method: number;
  /** CRC-32 of the inflated bytes, as the directory states it (checked while reading). */
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_BYTES = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_BYTES = 46;
const ZIP64_EXTRA_ID = 0x0001;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

const utf8 = new TextDecoder();

/**
 * Reads the central directory into a map keyed by lower-cased part name
 * (OPC part names are case-insensitive). Nothing is inflated here.
 */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    ({ count, size, offset } = readZip64End(view, eocd));
  }
  if (offset + size > eocd) throw corrupt("zip_directory");

  const entries = new Map<string, ZipEntry>();
  let at = offset;
  const end = offset + size;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_BYTES > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw corrupt("zip_directory");
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + CENTRAL_BYTES + nameLength + extraLength + commentLength;
    if (next > end) throw corrupt("zip_directory");
    const entry: ZipEntry = {
      name: normaliseName(decodeName(bytes, at + CENTRAL_BYTES, nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc32: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, entry, at + CENTRAL_BYTES + nameLength, extraLength);
    at = next;
    if (entry.name === "" || entry.name.endsWith("/")) continue;
    const key = entry.name.toLowerCase();
    if (entries.has(key)) throw corrupt("duplicate_entry", { part: entry.name });
    entries.set(key, entry);
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_BYTES - U16_MAX);
  for (let at = view.byteLength - EOCD_BYTES; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  // The file starts as a zip (sniffed) but its end record is missing: it was cut short, as by a broken download.
  throw new WorkbookReadError("file.damaged", { reason: "truncated" });
}

function readZip64End(view: DataView, eocd: number): { count: number; size: number; offset: number } {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) throw corrupt("zip_directory");
  const at = readU64(view, locator + 8);
  if (at + 56 > locator || view.getUint32(at, true) !== ZIP64_EOCD_SIGNATURE) throw corrupt("zip_directory");
  return { count: readU64(view, at + 32), size: readU64(view, at + 40), offset: readU64(view, at + 48) };
}

/** Replaces 0xFFFFFFFF sizes/offset with their values from the zip64 extra field. */
function applyZip64Extra(view: DataView, entry: ZipEntry, start: number, length: number): void {
  if (entry.uncompressedSize !== U32_MAX && entry.compressedSize !== U32_MAX && entry.localHeaderOffset !== U32_MAX) {
    return;
  }
  const end = start + length;
  for (let at = start; at + 4 <= end; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      const take = (): number => {
        if (field + 8 > at + 4 + size) throw corrupt("zip_directory", { part: entry.name });
        const value = readU64(view, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = take();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = take();
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = take();
      return;
    }
    at += 4 + size;
  }
  throw corrupt("zip_directory", { part: entry.name });
}

function readU64(view: DataView, at: number): number {
  const value = view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
  if (!Number.isSafeInteger(value)) throw corrupt("zip_directory");
  return value;
}

function decodeName(bytes: Uint8Array, start: number, length: number): string {
  let ascii = "";
  for (let i = start; i < start + length; i++) {
    const byte = bytes[i] as number;
    if (byte >= 0x80) return utf8.decode(bytes.subarray(start, start + length));
    ascii += String.fromCharCode(byte);
  }
  return ascii;
}

function normaliseName(name: string): string {
  let normalised = name.indexOf("\\") >= 0 ? name.replace(/\\/g, "/") : name;
  while (normalised.startsWith("/")) normalised = normalised.slice(1);
  return normalised;
}
