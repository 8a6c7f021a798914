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

/** The part of the sheet named `sheetName`, by workbook.xml and its relationships. */
export function sheetPartOf(parts: ZipParts, sheetName: string): string {
  const workbook = strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array());
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`name="${sheetName}"`));
  const id = sheet && /r:id="([^"]+)"/.exec(sheet)?.[1];
  const rels = strFromU8(parts["xl/_rels/workbook.xml.rels"] ?? new Uint8Array());
  const target = id && [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${id}"`));
  const path = target && /Target="([^"]+)"/.exec(target)?.[1];
  if (!path) throw new Error(`no sheet ${sheetName}`);
  return path.startsWith("/") ? path.slice(1) : `xl/${path}`;
}

/** Adds merged ranges to a sheet's XML (into its `mergeCells`, or a new one after `sheetData`). */
export function addMerges(xml: string, refs: readonly string[]): string {
  const cells = refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("");
  if (/<mergeCells\b[^>]*>/.test(xml)) return xml.replace(/<mergeCells\b[^>]*>/, (open) => `${open.replace(/\scount="\d+"/, "")}${cells}`);
  return xml.replace("</sheetData>", `</sheetData><mergeCells>${cells}</mergeCells>`);
}
