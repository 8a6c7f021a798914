import { strFromU8, unzipSync, zipSync, type Zippable } from "fflate";
import { sheetPartOf } from "./zip-edit.js";

const MTIME = new Date("2022-12-01T00:00:00Z");

/**
 * The workbook with the named sheet stored (not deflated) and one digit of
 * its first figure changed in the zip bytes afterwards, CRC-32 unchanged: a
 * copy damaged in transit, which only the CRC check can tell.
 */
export async function alteredStoredFigure(bytes: Uint8Array, sheetName: string): Promise<Uint8Array> {
  const parts = unzipSync(bytes);
  const stored = sheetPartOf(parts, sheetName);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = [data, { mtime: MTIME, level: name === stored ? 0 : 6 }];
  const out = zipSync(zippable);
  const figure = /<c r="D10"[^>]*><v>(\d)/.exec(strFromU8(parts[stored]!));
  if (!figure) throw new Error(`no figure in ${sheetName}!D10`);
  const text = new TextDecoder("latin1").decode(out);
  const at = text.indexOf(figure[0]) + figure[0].length - 1;
  out[at] = out[at] === 0x39 ? 0x31 : (out[at] as number) + 1;
  return out;
}

/** The workbook with every zip entry marked encrypted, as an archiver's zip password leaves it. */
export function encryptedEntries(bytes: Uint8Array): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint16(at + 6, view.getUint16(at + 6, true) | 1, true);
    else if (signature === 0x02014b50) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
  }
  return out;
}
