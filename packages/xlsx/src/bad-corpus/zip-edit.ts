import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

/** A fixed time for every entry, so a corpus built twice is byte for byte the same. */
const MTIME = new Date("2022-12-01T00:00:00Z");

export type ZipParts = Record<string, Uint8Array>;

/** Unzips, lets `change` edit the parts (text helpers below), and zips again with fixed times. */
export function zipEdit(bytes: Uint8Array, change: (parts: ZipParts) => void = () => {}): Uint8Array {
  const parts = unzipSync(bytes);
  change(parts);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = [data, { mtime: MTIME }];
  return zipSync(zippable, { level: 6 });
}

export function editText(parts: ZipParts, name: string, change: (xml: string) => string): void {
  const part = parts[name];
  if (!part) throw new Error(`no part ${name}`);
  parts[name] = strToU8(change(strFromU8(part)));
}

export function sheetParts(parts: ZipParts): string[] {
  return Object.keys(parts).filter((n) => /worksheets\/sheet\d+\.xml$/.test(n));
}
