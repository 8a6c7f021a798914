import { WorkbookReadError } from "./errors.js";
import type { ReadLimits } from "./types.js";

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const CFB_HEADER_BYTES = 512;
const CFB_DIRECTORY_ENTRY_BYTES = 128;
const CFB_STREAM_OBJECT = 2;
/** Streams that only an ECMA-376 encrypted package (password-protected .xlsx) contains. */
const ENCRYPTION_STREAMS = ["EncryptedPackage", "EncryptionInfo"];

/**
 * Classifies the bytes before any unzipping: throws for OLE2 containers
 * (encrypted OOXML or legacy .xls), oversized input and anything that is not a zip.
 */
export function sniffFile(bytes: Uint8Array, limits: ReadLimits): void {
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new WorkbookReadError(hasEncryptionStream(bytes) ? "file.encrypted" : "file.legacy_xls");
  }
  if (bytes.length > limits.maxFileBytes) {
    throw new WorkbookReadError("file.too_large", {
      kind: "file",
      limit: limits.maxFileBytes,
      actual: bytes.length,
    });
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new WorkbookReadError("file.not_zip");
  }
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/**
 * Directory entries of a compound file are 128-byte records on 128-byte boundaries
 * (sectors are 512 or 4096 bytes). Checking the name, its length field and the
 * "stream" object type at every boundary finds the entry without walking the FAT,
 * and cannot be fooled by the same text appearing inside a stream at random.
 */
function hasEncryptionStream(bytes: Uint8Array): boolean {
  const last = bytes.length - CFB_DIRECTORY_ENTRY_BYTES;
  for (let at = CFB_HEADER_BYTES; at <= last; at += CFB_DIRECTORY_ENTRY_BYTES) {
    const nameBytes = (bytes[at + 64] ?? 0) | ((bytes[at + 65] ?? 0) << 8);
    if (bytes[at + 66] !== CFB_STREAM_OBJECT) continue;
    for (const name of ENCRYPTION_STREAMS) {
      if (nameBytes === (name.length + 1) * 2 && utf16At(bytes, at, name)) return true;
    }
  }
  return false;
}

function utf16At(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (bytes[at + 2 * i] !== text.charCodeAt(i) || bytes[at + 2 * i + 1] !== 0) return false;
  }
  return bytes[at + 2 * text.length] === 0 && bytes[at + 2 * text.length + 1] === 0;
}
