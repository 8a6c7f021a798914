import { describe, expect, it } from "vitest";
import type { FindingCode } from "../finding/finding-code.js";
import type { FindingParam } from "../finding/finding.js";
import { formatFinding } from "./format-finding.js";

/** What an officer reads for a file that cannot be read: what it is, and what to do. */
const vi = (code: FindingCode, params: Record<string, FindingParam> = {}): string =>
  formatFinding({ code, severity: "error", path: { file: "hn.xlsx" }, params });

describe("read messages say what the file is and what to do", () => {
  it("names what a file that is not a workbook is, and how to get an .xlsx", () => {
    expect(vi("file.not_zip", { kind: "empty" })).toBe(
      "Tệp hn.xlsx: tệp rỗng (0 byte), không có nội dung — thường do sao chép hoặc tải về bị lỗi; hãy gửi lại tệp.",
    );
    expect(vi("file.not_zip", { kind: "csv" })).toBe(
      "Tệp hn.xlsx: đây là tệp văn bản CSV, không phải sổ làm việc Excel; hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.",
    );
    expect(vi("file.not_zip", { kind: "html" })).toBe(
      "Tệp hn.xlsx: đây là trang web (HTML), thường do xuất từ một phần mềm hoặc trang web, không phải sổ làm việc Excel; hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.",
    );
    expect(vi("file.not_zip", { kind: "excel_old" })).toBe(
      "Tệp hn.xlsx: tệp được lưu bằng Excel đời rất cũ (Excel 2.0–4.0) nên không đọc được; hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại.",
    );
    expect(vi("file.not_zip", { kind: "pdf" })).toBe(
      "Tệp hn.xlsx: đây là tệp PDF, không có số liệu đọc được; hãy gửi tệp Excel (.xlsx) của biểu mẫu, không gửi bản PDF.",
    );
    expect(vi("file.not_zip")).toBe(
      "Tệp hn.xlsx: không phải tệp Excel .xlsx (không nhận ra nội dung tệp); hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) rồi gửi lại; nếu tệp bị hỏng khi sao chép, hãy gửi lại tệp.",
    );
  });

  it("tells a file damaged in transit to be sent again, never re-saved", () => {
    expect(vi("file.damaged", { reason: "checksum", part: "xl/worksheets/sheet4.xml" })).toBe("Tệp hn.xlsx: tệp bị hỏng khi sao chép/tải về; hãy gửi lại tệp.");
    expect(vi("file.damaged", { reason: "size", part: "xl/worksheets/sheet4.xml" })).toBe("Tệp hn.xlsx: tệp bị hỏng khi sao chép/tải về; hãy gửi lại tệp.");
    expect(vi("file.damaged", { reason: "truncated" })).toBe("Tệp hn.xlsx: tệp bị hỏng khi sao chép/tải về (tệp bị cắt mất phần cuối); hãy gửi lại tệp.");
  });

  it("words a workbook password and a zip password each with its own remedy", () => {
    expect(vi("file.encrypted")).toBe(
      "Tệp hn.xlsx: tệp được đặt mật khẩu mở nên không đọc được; hãy mở tệp bằng Excel, vào Tệp > Thông tin > Bảo vệ Sổ làm việc > Mã hóa bằng Mật khẩu, xóa mật khẩu, lưu lại rồi gửi lại.",
    );
    expect(vi("file.encrypted", { kind: "zip", part: "xl/workbook.xml" })).toBe(
      "Tệp hn.xlsx: tệp được nén kèm mật khẩu bằng một chương trình nén (như 7-Zip, WinRAR), không phải mật khẩu của Excel, nên không đọc được; hãy gửi lại tệp .xlsx gốc, không đặt mật khẩu.",
    );
  });

  it("says hostile content without jargon", () => {
    expect(vi("file.unsafe_xml", { part: "xl/sharedStrings.xml" })).toBe(
      "Tệp hn.xlsx: tệp chứa một khai báo mà Excel không bao giờ tạo ra, có thể dùng để tấn công máy tính, nên không được đọc; hãy nhập số liệu vào biểu mẫu gốc bằng Excel rồi gửi lại.",
    );
    expect(vi("file.too_large", { kind: "ratio", limit: "200", part: "xl/worksheets/sheet1.xml" })).toBe(
      "Tệp hn.xlsx: tệp có một phần khi mở ra lớn gấp hơn 200 lần kích thước của nó trong tệp — Excel không tạo ra tệp như vậy, đây là dấu hiệu của tệp độc hại — nên không được đọc; hãy nhập số liệu vào biểu mẫu gốc bằng Excel rồi gửi lại.",
    );
    expect(vi("file.too_large", { kind: "file", limit: "20971520", actual: "31457281" })).toBe(
      "Tệp hn.xlsx: tệp quá lớn đối với một tệp phụ lục (31 MB, giới hạn 20 MB); hãy xóa những trang tính, hình ảnh không thuộc biểu mẫu rồi lưu lại, hoặc nhập số liệu vào biểu mẫu gốc.",
    );
  });

  it("tells too many stored strings from too many cells", () => {
    expect(vi("file.too_many_cells", { kind: "strings", limit: "500000", part: "xl/sharedStrings.xml" })).toBe(
      "Tệp hn.xlsx: tệp chứa quá nhiều đoạn chữ lưu sẵn (vượt 500.000), phần lớn không nằm ở ô nào — thường do tệp được tạo bằng phần mềm khác hoặc chép dán nhiều lần; hãy nhập số liệu vào biểu mẫu gốc bằng Excel rồi gửi lại.",
    );
    expect(vi("file.too_many_cells", { kind: "cells", limit: "500000", sheet: "PL01" })).toBe(
      'Tệp hn.xlsx: tệp có quá nhiều ô có dữ liệu hoặc định dạng (vượt 500.000 ô, đến trang tính "PL01"); hãy xóa các hàng, cột thừa ngoài bảng số liệu (chọn các hàng, cột đó rồi bấm Xóa) và lưu lại.',
    );
    expect(vi("file.too_many_cells", { kind: "merges", limit: "500000", sheet: "PL01" })).toBe(
      'Tệp hn.xlsx: trang tính "PL01" có quá nhiều vùng gộp ô (vượt 500.000); hãy bỏ gộp ô ở những vùng ngoài bảng số liệu rồi lưu lại.',
    );
  });

  it("names a cell past Excel's text limit, an oversized merge and an implausible figure", () => {
    expect(vi("file.text_too_long", { sheet: "PL01", cell: "B7", length: "50000000", limit: "32767" })).toBe(
      "Tệp hn.xlsx: ô PL01!B7 chứa đoạn chữ dài 50.000.000 ký tự, vượt giới hạn 32.767 ký tự của Excel (Excel không tạo ra ô như vậy); hãy xóa nội dung ô đó, lưu lại rồi gửi lại.",
    );
    expect(vi("file.range_too_large", { kind: "merge", ref: "A1:XFD1048576", rows: "1048576", columns: "16384" })).toBe(
      "Tệp hn.xlsx: trang tính có vùng gộp ô A1:XFD1048576 (1.048.576 hàng × 16.384 cột), lớn hơn mọi biểu mẫu; các ô bị gộp được coi là trống. Hãy bỏ gộp ô ở vùng này (Trang đầu > Gộp và Căn giữa) rồi lưu lại.",
    );
    expect(vi("value.too_large", { text: "1E+308", limit: "1000000000000000" })).toBe(
      "Tệp hn.xlsx: giá trị 1E+308 quá lớn, không thể là số liệu thống kê (số lớn nhất đọc được là 1.000.000.000.000.000); hãy nhập lại số đúng.",
    );
  });
});
