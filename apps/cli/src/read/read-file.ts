import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import type { Finding } from "@phuluc/core";
import { checkFileBytes, faultOf, tooLargeFinding, unreadableFile, type FileBase, type FileRead, type ReadSetup } from "@phuluc/consolidate/read";
import { isFileSystemError } from "../io/fs-error.js";
import { hashBytes, hashDescriptor } from "../io/hash-descriptor.js";
import type { ListError } from "../io/list-files.js";

export interface ReadTask {
  path: string;
  file: string;
  /** Found unreadable while listing: reported as it is, never opened. */
  listError?: ListError;
  /**
   * False when nothing will show or compare the file's SHA-256 (`phuluc
   * validate` without --json): not computed, `sha256` is "" (a fault's log
   * fingerprints the file itself).
   */
  fingerprint?: boolean;
}

/** A file's bytes through its descriptor. */
function readOpened(fd: number, size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, bytes, at, size - at, at);
    if (n === 0) break;
    at += n;
  }
  return at === size ? bytes : bytes.subarray(0, at);
}

/** The kind of a path that is not a regular file (`file.not_regular`), undefined for a regular file. */
function specialKind(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return "folder_link";
  if (info.isFIFO()) return "fifo";
  if (info.isSocket()) return "socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "device";
  return "other";
}

/** A file reported without its content: nothing read, no fingerprint. */
function unopened(task: ReadTask, finding: Finding, info?: Stats): FileRead {
  return unreadableFile({ path: task.path, file: task.file, size: info?.size ?? 0, mtimeMs: info?.mtimeMs ?? 0 }, finding, "");
}

/**
 * Reads one file (never writes it): its SHA-256, then the per-file check of
 * the pipeline package on its bytes. Any file may be given: what is not an
 * annex workbook comes back with the reason as a finding. FIFOs, sockets,
 * devices and broken links are named without being opened; the file is
 * opened without waiting, and checked again once open. A failure of the
 * file system is thrown (see readFileSafely); a fault of the program comes
 * back as `fault`, with the file's fingerprint.
 */
export async function readOneFile(task: ReadTask, setup: ReadSetup): Promise<FileRead> {
  const { file } = task;
  if (task.listError) return unopened(task, { code: "file.io_error", severity: "error", path: { file }, params: { ...task.listError } });
  // Synchronous: a reading thread has nothing else to do meanwhile, and it saves a round trip through libuv per call.
  const info = statSync(task.path, { throwIfNoEntry: false });
  if (!info) {
    if (lstatSync(task.path, { throwIfNoEntry: false })?.isSymbolicLink())
      return unopened(task, { code: "file.broken_link", severity: "error", path: { file }, params: {} });
    statSync(task.path); // throws the system's reason
  }
  const kind = info && specialKind(info);
  if (kind) return unopened(task, { code: "file.not_regular", severity: "error", path: { file }, params: { kind } }, info);
  const fd = openSync(task.path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const opened = fstatSync(fd);
    const openedKind = specialKind(opened);
    if (openedKind) return unopened(task, { code: "file.not_regular", severity: "error", path: { file }, params: { kind: openedKind } }, opened);
    return readOpenedFile(task, setup, fd, opened);
  } finally {
    closeSync(fd);
  }
}

function readOpenedFile(task: ReadTask, setup: ReadSetup, fd: number, info: Stats): FileRead {
  const base: FileBase = { path: task.path, file: task.file, size: info.size, mtimeMs: info.mtimeMs };
  // Too large to read: refused, fingerprinted without holding it in memory.
  const tooLarge = tooLargeFinding(base);
  if (tooLarge) return unreadableFile(base, tooLarge, hashDescriptor(fd));
  const bytes = readOpened(fd, info.size);
  return checkFileBytes(base, bytes, task.fingerprint === false ? "" : hashBytes(bytes), setup);
}

/**
 * Like readOneFile, but a failure of the file system (no permission, gone,
 * busy …) is reported as `file.io_error` with the system's reason, and a
 * fault of the program as `fault`: never as a damaged workbook.
 */
export async function readFileSafely(task: ReadTask, setup: ReadSetup): Promise<FileRead> {
  try {
    return await readOneFile(task, setup);
  } catch (error) {
    if (isFileSystemError(error))
      return unopened(task, { code: "file.io_error", severity: "error", path: { file: task.file }, params: { kind: "file", reason: error.code } });
    return { path: task.path, file: task.file, size: 0, mtimeMs: 0, sha256: "", findings: [], errors: 0, warnings: 0, justified: 0, fault: faultOf(error) };
  }
}
