/* Test support: hostile inputs shared by the tests and scripts/bench-read.mjs. */
import { deflateRepeat } from "./deflate-bomb.js";
import { type PackageSpec, buildParts, worksheet } from "./package-builder.js";
import { type RawZipEntry, deflatedEntry, writeZip } from "./zip-writer.js";

/** A package from `spec` whose entries can be replaced or added as raw zip entries. */
export function packageWithEntries(spec: PackageSpec, raw: RawZipEntry[] = []): Uint8Array {
  const replaced = new Set(raw.map((entry) => entry.name));
  const entries = Object.entries(buildParts(spec))
    .filter(([name]) => !replaced.has(name))
    .map(([name, content]) => deflatedEntry(name, content));
  return writeZip([...entries, ...raw]);
}

export interface BombOptions {
  /** Bytes the entry really inflates to. */
  outputBytes: number;
  /** Size declared in the zip headers; default the real size. */
  declaredSize?: number;
  /** Put the bomb in the sheet (read) or in an unrelated media entry (never read). */
  where?: "sheet" | "media";
}

export function bombPackage(options: BombOptions): Uint8Array {
  const name = options.where === "media" ? "xl/media/image1.png" : "xl/worksheets/sheet1.xml";
  const payload = deflateRepeat(`${worksheet("<sheetData>").slice(0, -"</worksheet>".length)}<!-- `, options.outputBytes);
  const bomb: RawZipEntry = { name, method: 8, payload, declaredSize: options.declaredSize ?? options.outputBytes };
  return packageWithEntries({ sheets: [{ name: "Sheet1", xml: "<sheetData/>" }] }, [bomb]);
}

/** A sheet claiming the largest possible dimension, with `cellCount` real cells. */
export function hugeDimensionPackage(cellCount: number): Uint8Array {
  const rows: string[] = [];
  const perRow = 100;
  for (let r = 0; r * perRow < cellCount; r++) {
    const cells: string[] = [];
    for (let c = 0; c < perRow && r * perRow + c < cellCount; c++) cells.push(`<c><v>${c}</v></c>`);
    rows.push(`<row>${cells.join("")}</row>`);
  }
  const xml = `<dimension ref="A1:XFD1048576"/><sheetData>${rows.join("")}</sheetData>`;
  return packageWithEntries({ sheets: [{ name: "Sheet1", xml }] });
}

/** "Billion laughs": nested entities in the sheet's DOCTYPE. */
export function entityBombPackage(): Uint8Array {
  const entities = ['<!ENTITY lol0 "lol">'];
  for (let i = 1; i < 10; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  const document =
    `<?xml version="1.0"?><!DOCTYPE worksheet [${entities.join("")}]>` +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`;
  return packageWithEntries({ sheets: [{ name: "Sheet1", document }] });
}

/** A compound file (OLE2) with the given stream names in its directory. */
export function compoundFile(streams: string[]): Uint8Array {
  const bytes = new Uint8Array(512 + 512 * 2);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const view = new DataView(bytes.buffer);
  view.setUint16(0x1a, 3, true); // major version 3
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  view.setUint32(0x30, 0, true); // first directory sector
  const entry = (index: number, name: string, type: number): void => {
    const at = 512 + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + 2 * i, name.charCodeAt(i), true);
    view.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = type;
  };
  entry(0, "Root Entry", 5);
  streams.forEach((name, i) => entry(i + 1, name, 2));
  return bytes;
}

/** `chars` characters of pseudo-random words from the 16 given (compressible well under the ratio cap). */
export function pseudoProse(chars: number, words: readonly string[]): string {
  const parts: string[] = [];
  let seed = 7;
  for (let length = 0; length < chars; ) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const word = `${words[seed >>> 28] as string} `;
    parts.push(word);
    length += word.length;
  }
  return parts.join("").slice(0, chars);
}

/**
 * One cell whose shared string is `chars` characters of pseudo-random words:
 * compressible enough to pass the caps (about 8:1), past Excel's 32,767 limit.
 */
export function longStringPackage(chars: number): Uint8Array {
  const text = pseudoProse(chars, ["dang", "vien", "chi", "bo", "co", "so", "kiem", "tra", "giam", "sat", "to", "chuc", "can", "bo", "tinh", "uy"]);
  const xml = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>';
  return packageWithEntries({ sheets: [{ name: "Sheet1", xml }], sharedStrings: [text] });
}
