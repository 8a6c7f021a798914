import type { FileRead } from "./file-read.js";

/** When a file was made: `_meta` validated or generated time, else its modification time (ms). */
export function fileTime(read: FileRead): number {
  const stamp = read.validatedAt ?? read.generatedAt;
  const t = stamp ? Date.parse(stamp) : Number.NaN;
  return Number.isNaN(t) ? read.mtimeMs : t;
}

/** Newest first: by `_meta` time, then by file time, then by path for a stable order. */
export function newestFirst(a: FileRead, b: FileRead): number {
  return fileTime(b) - fileTime(a) || b.mtimeMs - a.mtimeMs || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
