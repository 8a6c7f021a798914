import type { ZipCompression } from "./zip-compression.js";

interface WrittenEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  compressedSize: number;
  offset: number;
}

/** Zip's MS-DOS date and time fields of an ISO timestamp (local fields, as office suites read them). */
function dosDateTime(iso: string | undefined): { date: number; time: number } {
  const d = iso ? new Date(iso) : new Date();
  const valid = !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1980;
  if (!valid) return { date: (0 << 9) | (1 << 5) | 1, time: 0 };
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
  };
}

const LIMIT = 0xffffffff;
const encoder = new TextEncoder();

/**
 * Writes a zip archive entry by entry, each entry's content given as chunks
 * and compressed as it comes, so a large part (a sheet of 10,000 rows) is
 * never whole in memory. Entries are DEFLATE; names are UTF-8. No ZIP64:
 * an entry or archive past 4 GiB is refused.
 */
export class ZipWriter {
  private readonly out: Uint8Array[] = [];
  private readonly entries: WrittenEntry[] = [];
  private offset = 0;
  private readonly stamp: { date: number; time: number };

  constructor(
    private readonly compression: ZipCompression,
    /** Modification time of every entry, ISO; now when absent. */
    modified?: string,
  ) {
    this.stamp = dosDateTime(modified);
  }

  /** Adds one entry from its content, given whole or in chunks (sync or async). */
  async add(name: string, content: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<void> {
    const deflater = this.compression.deflater();
    let crc = 0;
    let size = 0;
    const chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array> = content instanceof Uint8Array ? [content] : content;
    for await (const chunk of chunks) {
      if (chunk.length === 0) continue;
      crc = this.compression.crc32(chunk, crc);
      size += chunk.length;
      const wait = deflater.push(chunk);
      if (wait) await wait;
    }
    const compressed = await deflater.finish();
    const compressedSize = compressed.reduce((n, c) => n + c.length, 0);
    if (size > LIMIT || compressedSize > LIMIT) throw new RangeError(`zip entry ${name} is larger than 4 GiB`);
    const entry: WrittenEntry = { name: encoder.encode(name), crc, size, compressedSize, offset: this.offset };
    this.push(this.localHeader(entry));
    for (const c of compressed) this.push(c);
    this.entries.push(entry);
  }

  /** The whole archive: entries, central directory, end record. */
  finish(): Uint8Array {
    const start = this.offset;
    for (const entry of this.entries) this.push(this.centralHeader(entry));
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, this.entries.length, true);
    v.setUint16(10, this.entries.length, true);
    v.setUint32(12, this.offset - start, true);
    v.setUint32(16, start, true);
    this.push(end);
    if (this.offset > LIMIT || this.entries.length > 0xffff) throw new RangeError("zip archive is larger than 4 GiB or has more than 65,535 entries");
    const bytes = new Uint8Array(this.offset);
    let at = 0;
    for (const c of this.out) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes;
  }

  private push(chunk: Uint8Array): void {
    this.out.push(chunk);
    this.offset += chunk.length;
  }

  /** Fields shared by the local and central headers, from "version needed" to the name's length. */
  private common(v: DataView, at: number, entry: WrittenEntry): void {
    v.setUint16(at, 20, true); // version needed: 2.0 (deflate)
    v.setUint16(at + 2, 0x0800, true); // names are UTF-8
    v.setUint16(at + 4, 8, true); // deflate
    v.setUint16(at + 6, this.stamp.time, true);
    v.setUint16(at + 8, this.stamp.date, true);
    v.setUint32(at + 10, entry.crc, true);
    v.setUint32(at + 14, entry.compressedSize, true);
    v.setUint32(at + 18, entry.size, true);
    v.setUint16(at + 22, entry.name.length, true);
  }

  private localHeader(entry: WrittenEntry): Uint8Array {
    const h = new Uint8Array(30 + entry.name.length);
    const v = new DataView(h.buffer);
    v.setUint32(0, 0x04034b50, true);
    this.common(v, 4, entry);
    h.set(entry.name, 30);
    return h;
  }

  private centralHeader(entry: WrittenEntry): Uint8Array {
    const h = new Uint8Array(46 + entry.name.length);
    const v = new DataView(h.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, 20, true); // made by: 2.0, MS-DOS attributes
    this.common(v, 6, entry);
    v.setUint32(42, entry.offset, true);
    h.set(entry.name, 46);
    return h;
  }
}
