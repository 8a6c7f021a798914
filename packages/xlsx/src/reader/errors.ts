import { formatFinding } from "@phuluc/core";

export type WorkbookReadErrorCode =
  | "file.not_zip"
  | "file.encrypted"
  | "file.legacy_xls"
  | "file.too_large"
  | "file.unsafe_xml"
  | "file.corrupt"
  | "file.damaged"
  | "file.text_too_long"
  | "file.too_many_cells";

/**
 * The one error type thrown by `readWorkbook`; `code` and `params` are stable
 * for messages (`readErrorFinding` turns it into a finding that a locale
 * words). Its own `message` is the English sentence for developers, followed
 * by the code and params: "The ods format is not supported; save it as
 * .xlsx. [file.corrupt: reason=unsupported_format, format=ods]".
 */
export class WorkbookReadError extends Error {
  override name = "WorkbookReadError";
  readonly code: WorkbookReadErrorCode;
  readonly params: Record<string, string | number>;

  constructor(code: WorkbookReadErrorCode, params: Record<string, string | number> = {}) {
    const detail = Object.entries(params)
      .map(([key, value]) => `${key}=${value}`)
      .join(", ");
    const sentence = formatFinding({ code, severity: "error", path: {}, params }, { locale: "en" });
    super(`${sentence} [${detail ? `${code}: ${detail}` : code}]`);
    this.code = code;
    this.params = params;
  }
}

/** Shorthand for the most common failure: a structurally broken package or part. */
export function corrupt(reason: string, params: Record<string, string | number> = {}): WorkbookReadError {
  return new WorkbookReadError("file.corrupt", { reason, ...params });
}
