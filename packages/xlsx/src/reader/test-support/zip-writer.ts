/* Test support: a minimal zip writer that can store hand-made (or lying) entries. */
import { deflateSync } from "fflate";
import { crc32 } from "../../zip-writer/crc32.js";

export interface RawZipEntry {
  name: string;
  method: number;
  /** The payload as stored (already compressed for method 8). */
  payload: Uint8Array;
  /** Size written to the headers; may lie. */
  declaredSize: number;
  /** CRC-32 written to the headers; 0 when absent (entries that are never inflated to their end). */
  crc32?: number;
  flags?: number;
}

export function deflatedEntry(name: string, content: string | Uint8Array): RawZipEntry {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, method: 8, payload: deflateSync(bytes, { level: 6 }), declaredSize: bytes.length, crc32: crc32(bytes) };
}

export function storedEntry(name: string, content: string | Uint8Array): RawZipEntry {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return { name, method: 0, payload: bytes, declaredSize: bytes.length, crc32: crc32(bytes) };
}

/** Writes the entries as given, lies included. */
export function writeZip(entries: RawZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, (entry.flags ?? 0) | 0x800, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(14, entry.crc32 ?? 0, true);
    lv.setUint32(18, entry.payload.length, true);
    lv.setUint32(22, entry.declaredSize, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, (entry.flags ?? 0) | 0x800, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(16, entry.crc32 ?? 0, true);
    cv.setUint32(20, entry.payload.length, true);
    cv.setUint32(24, entry.declaredSize, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.payload);
    centrals.push(central);
    offset += local.length + entry.payload.length;
  }
  const centralSize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

export function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
