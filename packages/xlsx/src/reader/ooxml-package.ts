import { corrupt } from "./errors.js";
import type { RawInflate, ReadLimits } from "./types.js";
import { type ZipEntry, readZipDirectory } from "./zip-directory.js";
import { cacheable, cachedPart, keepPart } from "./part-cache.js";
import { type InflateBudget, chargeKnownEntry, entryCompressedData, extractEntry } from "./zip-extract.js";

const utf8 = new TextDecoder("utf-8");

/** The zip container seen as OPC parts: lookup by case-insensitive name, capped text extraction. */
export class OoxmlPackage {
  private readonly entries: Map<string, ZipEntry>;
  private readonly budget: InflateBudget;

  constructor(
    private readonly bytes: Uint8Array,
    limits: ReadLimits,
    inflate?: RawInflate,
  ) {
    this.entries = readZipDirectory(bytes);
    this.budget = {
      remaining: limits.maxUncompressedBytes,
      totalLimit: limits.maxUncompressedBytes,
      ratioLimit: limits.maxEntryRatio,
      ...(inflate ? { inflate } : {}),
    };
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** True when some part's file name (case-insensitive) is `fileName`, in any folder. */
  hasFileNamed(fileName: string): boolean {
    const suffix = `/${fileName.toLowerCase()}`;
    for (const key of this.entries.keys()) {
      if (key === suffix.slice(1) || key.endsWith(suffix)) return true;
    }
    return false;
  }

  /** Inflates a part (counted against the caps, checked against its CRC-32). */
  data(part: string): Uint8Array {
    const entry = this.entries.get(part.toLowerCase());
    if (entry === undefined) throw corrupt("missing_part", { part });
    return extractEntry(this.bytes, entry, this.budget);
  }

  /**
   * `parse` of a part's text, served from the part cache when a part of the
   * same name and exactly the same compressed bytes was parsed before by the
   * same `kind` of parser (see part-cache.ts); still counted against the caps.
   * The value may be shared between packages: callers must not change it.
   */
  parsed<T>(part: string, kind: string, parse: (xml: string) => T): T {
    const entry = this.entries.get(part.toLowerCase());
    if (entry === undefined) throw corrupt("missing_part", { part });
    if (!cacheable(entry)) return parse(this.text(part));
    const compressed = entryCompressedData(this.bytes, entry);
    const hit = cachedPart<T>(kind, part, entry, compressed);
    if (hit !== undefined) {
      chargeKnownEntry(entry, this.budget);
      return hit.value;
    }
    const value = parse(decodePart(extractEntry(this.bytes, entry, this.budget)));
    keepPart(kind, part, entry, compressed, value);
    return value;
  }

  /** Inflates a part and decodes it as XML text (UTF-8, or UTF-16 with a byte order mark). */
  text(part: string): string {
    return decodePart(this.data(part));
  }
}

/** A part's bytes as XML text (UTF-8, or UTF-16 with a byte order mark). */
export function decodePart(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder("utf-16le").decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder("utf-16be").decode(data);
  return utf8.decode(data);
}
