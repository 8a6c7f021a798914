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

  it("refuses bytes that are not a zip, saying what they are", () => {
    const text = (t: string) => readError(new TextEncoder().encode(t));
    expect(readError(new Uint8Array())).toEqual({ code: "file.not_zip", params: { kind: "empty" } });
    expect(text("%PDF-1.7\n")).toEqual({ code: "file.not_zip", params: { kind: "pdf" } });
    expect(text("<?xml version='1.0'?><Workbook/>")).toEqual({ code: "file.not_zip", params: { kind: "text" } });
    expect(text('\uFEFF<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">')).toEqual({
      code: "file.not_zip",
      params: { kind: "xml_spreadsheet" },
    });
    expect(text("Mã số;Chỉ tiêu;Số lượng\r\n01;Đảng viên;1019\r\n")).toEqual({ code: "file.not_zip", params: { kind: "csv" } });
    expect(text("ma_so,gia_tri\n01,25\n")).toEqual({ code: "file.not_zip", params: { kind: "csv" } });
    expect(text("\n  <!DOCTYPE html><html><body><table><tr><td>1</td></tr></table>")).toEqual({ code: "file.not_zip", params: { kind: "html" } });
    expect(text('<table border="1"><tr><td>Mã số</td></tr></table>')).toEqual({ code: "file.not_zip", params: { kind: "html" } });
    expect(text("Đây là một văn bản.\n")).toEqual({ code: "file.not_zip", params: { kind: "text" } });
    // Excel 4.0 worksheet BOF record (09 04, length 6), Excel 2.1 (09 00, length 4).
    expect(readError(new Uint8Array([0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00]))).toEqual({ code: "file.not_zip", params: { kind: "excel_old" } });
    expect(readError(new Uint8Array([0x09, 0x00, 0x04, 0x00, 0x02, 0x00, 0x10, 0x00]))).toEqual({ code: "file.not_zip", params: { kind: "excel_old" } });
    expect(readError(new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00]))).toEqual({ code: "file.not_zip", params: { kind: "archive" } });
    expect(readError(new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00]))).toEqual({ code: "file.not_zip", params: {} });
  });

  it("reports the first bytes of a zip and nothing more as cut short", () => {
    expect(readError(new TextEncoder().encode("PK"))).toEqual({ code: "file.damaged", params: { reason: "truncated" } });
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
