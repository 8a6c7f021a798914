/**
 * A file to check or consolidate, wherever it is: a file on disk, a browser
 * `File`, bytes in memory. Only `read` touches it, once.
 */
export interface InputFile {
  /** Its path relative to the folder given, `/` separators (how every message names it). */
  name: string;
  size: number;
  /** Modification time, ms since 1970 (orders a unit's files with --prefer newest when `_meta` has no time). */
  mtime: number;
  read(): Promise<Uint8Array>;
}
