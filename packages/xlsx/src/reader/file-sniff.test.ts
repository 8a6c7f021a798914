import { describe, expect, it } from "vitest";
import { compoundFile, packageWithEntries } from "./test-support/hostile-packages.js";
import { readError } from "./test-support/read-error.js";

describe("file sniffing before unzipping", () => {
  it("reports a password-protected workbook (OLE2 with EncryptedPackage) as encrypted", () => {
    expect(readError(compoundFile(["EncryptionInfo", "EncryptedPackage"]))).toEqual({ code: "file.encrypted", params: {} });
    expect(readError(compoundFile(["EncryptedPackage"]))).toEqual({ code: "file.encrypted", params: {} });
    expect(readError(compoundFile(["EncryptionInfo"]))).toEqual({ code: "file.encrypted", params: {} });
  });

  it("reports any other OLE2 compound file as a legacy .xls", () => {
    expect(readError(compoundFile(["Workbook", "\u0005SummaryInformation"]))).toEqual({ code: "file.legacy_xls", params: {} });
  });

  it("ignores the stream name when it is not a directory entry", () => {
    const bytes = compoundFile(["Workbook"]);
    const text = "EncryptedPackage";
    // Inside the "Workbook" data, off the 128-byte directory grid.
    for (let i = 0; i < text.length; i++) bytes[900 + 2 * i] = text.charCodeAt(i);
    expect(readError(bytes)).toEqual({ code: "file.legacy_xls", params: {} });
  });

  it("refuses bytes that are not a zip", () => {
    expect(readError(new Uint8Array())).toEqual({ code: "file.not_zip", params: {} });
    expect(readError(new TextEncoder().encode("%PDF-1.7\n"))).toEqual({ code: "file.not_zip", params: {} });
    expect(readError(new TextEncoder().encode("PK"))).toEqual({ code: "file.not_zip", params: {} });
    expect(readError(new TextEncoder().encode("<?xml version='1.0'?><Workbook/>"))).toEqual({ code: "file.not_zip", params: {} });
  });

  it("refuses a file over maxFileBytes before unzipping it", () => {
    const bytes = packageWithEntries({ sheets: [{ name: "Sheet1" }] });
    expect(readError(bytes, { maxFileBytes: 100 })).toEqual({
      code: "file.too_large",
      params: { kind: "file", limit: 100, actual: bytes.length },
    });
  });

  it("says 'too large' rather than 'not a zip' for a big file of any kind", () => {
    expect(readError(new Uint8Array(101), { maxFileBytes: 100 })).toEqual({
      code: "file.too_large",
      params: { kind: "file", limit: 100, actual: 101 },
    });
  });
});
