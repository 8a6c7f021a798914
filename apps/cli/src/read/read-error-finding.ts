import type { Finding } from "@phuluc/core";

/** An error no reader code covers (an I/O failure while reading, a bug): the file is reported unreadable. */
export function unexpectedReadFinding(error: unknown, file: string): Finding {
  const code = (error as { code?: unknown } | null)?.code;
  const detail = typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
  return { code: "file.corrupt", severity: "error", path: { file }, params: { reason: "unexpected", detail } };
}
