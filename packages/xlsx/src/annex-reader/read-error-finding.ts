import type { Finding } from "@phuluc/core";
import { WorkbookReadError } from "../reader/index.js";

/**
 * A file that cannot be read at all, as a finding naming the file, so it is
 * listed with the other problems (the error itself stays a thrown,
 * named error for callers that want it).
 */
export function readErrorFinding(error: WorkbookReadError, file: string): Finding {
  return { code: error.code, severity: "error", path: { file }, params: { ...error.params } };
}

/** Runs a read; an unreadable file becomes a finding instead of an exception. */
export function readOrFinding<T>(read: () => T, file: string): { ok: true; value: T } | { ok: false; finding: Finding } {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { ok: false, finding: readErrorFinding(error, file) };
    throw error;
  }
}
