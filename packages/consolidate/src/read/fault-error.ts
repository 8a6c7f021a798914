import { InternalError } from "@phuluc/core/runtime";
import type { FileRead } from "./file-read.js";

/** A file's fault (met in a reading thread) as the thrown InternalError naming the file, with the thread's stack as its cause. */
export function faultError(read: FileRead): InternalError {
  const fault = read.fault;
  const cause = new Error(fault?.message ?? "unknown fault");
  cause.name = fault?.name ?? "Error";
  if (fault?.stack) cause.stack = fault.stack;
  return new InternalError(`fault while reading ${read.file}`, { file: read.file, ...(read.sha256 ? { sha256: read.sha256 } : {}), cause });
}

/** The first file of `reads` whose reading met a fault of the program, thrown as an InternalError. */
export function throwFirstFault(reads: readonly FileRead[]): void {
  const faulted = reads.find((r) => r.fault);
  if (faulted) throw faultError(faulted);
}
