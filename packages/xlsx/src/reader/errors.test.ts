import { describe, expect, it } from "vitest";
import { WorkbookReadError } from "./errors.js";
import { readWorkbook } from "./read-workbook.js";
import { zipParts } from "./test-support/package-builder.js";

describe("WorkbookReadError", () => {
  it("reads as a sentence for developers, with its code and params", () => {
    const ods = zipParts({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>", "META-INF/manifest.xml": "<m/>" }, 0);
    let thrown: unknown;
    try {
      readWorkbook(ods);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WorkbookReadError);
    const error = thrown as WorkbookReadError;
    expect(error.message).toBe("The ods format is not supported; save it as .xlsx. [file.corrupt: reason=unsupported_format, format=ods]");
    expect(error.code).toBe("file.corrupt");
    expect(error.params).toEqual({ reason: "unsupported_format", format: "ods" });
  });

  it("words every code it may carry, without params too", () => {
    for (const code of ["file.not_zip", "file.encrypted", "file.legacy_xls", "file.corrupt"] as const) {
      const message = new WorkbookReadError(code).message;
      expect(message).toMatch(/^[A-Z].*\. \[file\.[a-z_]+\]$/);
      expect(message).not.toContain("undefined");
    }
  });
});
