import { WorkbookReadError } from "./errors.js";
import type { ReadLimits } from "./types.js";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
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
  if (!startsWith(bytes, ZIP_MAGIC)) {
    // The first bytes of a zip and nothing more: a download cut short.
    if (bytes.length > 0 && bytes.length < ZIP_MAGIC.length && startsWith(ZIP_MAGIC.slice(0, bytes.length), [...bytes])) {
      throw new WorkbookReadError("file.damaged", { reason: "truncated" });
    }
    const kind = notZipKind(bytes);
    throw new WorkbookReadError("file.not_zip", kind === undefined ? {} : { kind });
  }
}

/** How many leading bytes are looked at to tell what a file that is not a zip is. */
const SNIFF_BYTES = 4096;
const latin1 = new TextDecoder("latin1");

/**
 * What a file that is not a zip most likely is, so that the message can say
 * how to get a workbook from it: empty, CSV, HTML, Excel 2.0–4.0 (BIFF2–4),
 * XML Spreadsheet 2003, PDF, a RAR or 7z archive, other text; undefined when unknown.
 */
function notZipKind(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return "empty";
  // A BIFF2–4 worksheet starts with its BOF record: 09 00, 09 02 or 09 04, then a 2-byte length.
  if (bytes[0] === 0x09 && (bytes[1] === 0x00 || bytes[1] === 0x02 || bytes[1] === 0x04) && bytes.length >= 4 && bytes[3] === 0x00) return "excel_old";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "pdf";
  if (startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return "archive";
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (!looksLikeText(head)) return undefined;
  const text = latin1
    .decode(head)
    .replace(/^\xef\xbb\xbf/, "")
    .trimStart()
    .toLowerCase();
  if (text.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "xml_spreadsheet";
  if (/^(?:<!doctype html|<html|<head|<body|<table|<meta|<style|<!--)/.test(text) || /<html[\s>]/.test(text)) return "html";
  return looksLikeCsv(text) ? "csv" : "text";
}

/** No NUL and few other control bytes: text in any 8-bit encoding or UTF-8. */
function looksLikeText(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control * 100 <= head.length;
}

/** At least two of the first lines, each with the same number (one or more) of one separator: comma, semicolon or tab. */
function looksLikeCsv(text: string): boolean {
  const lines = text
    .split(/\r?\n/)
    .slice(0, 5)
    .filter((line) => line.length > 0);
  if (lines.length < 2) return false;
  return [",", ";", "\t"].some((separator) => {
    const counts = lines.map((line) => line.split(separator).length - 1);
    return counts[0]! > 0 && counts.every((n) => n === counts[0]);
  });
}

function startsWith(bytes: Uint8Array | readonly number[], magic: readonly number[]): boolean {
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
