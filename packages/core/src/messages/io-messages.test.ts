import { describe, expect, it } from "vitest";
import type { FindingCode } from "../finding/finding-code.js";
import type { FindingParam } from "../finding/finding.js";
import { formatFinding } from "./format-finding.js";

const at = (code: FindingCode, params: Record<string, FindingParam>, locale: "vi" | "en" = "vi") =>
  formatFinding({ code, severity: "error", path: { file: "nhan/hn.xlsx" }, params }, { locale });

describe("file-system findings say the system's reason and what to do, in Vietnamese", () => {
  it("a file that could not be opened", () => {
    expect(at("file.io_error", { kind: "file", reason: "EACCES" })).toBe(
      "Tệp nhan/hn.xlsx: không đọc được tệp: không có quyền đọc; hãy cấp quyền đọc cho tài khoản đang chạy lệnh, hoặc chép tệp sang thư mục của mình, rồi chạy lại.",
    );
    expect(at("file.io_error", { kind: "file", reason: "EBUSY" })).toBe(
      "Tệp nhan/hn.xlsx: không đọc được tệp: tệp đang bị chương trình khác dùng; hãy đóng chương trình đang mở tệp (ví dụ Excel) rồi chạy lại.",
    );
    expect(at("file.io_error", { kind: "file", reason: "ENOENT" })).toBe(
      "Tệp nhan/hn.xlsx: không đọc được tệp: không tìm thấy (tệp bị xóa, chuyển hoặc đổi tên trong lúc đọc); hãy kiểm tra lại thư mục rồi chạy lại.",
    );
    expect(at("file.io_error", { kind: "file", reason: "invalid_name" })).toBe(
      "Tệp nhan/hn.xlsx: không đọc được tệp: tên tệp có ký tự không đọc được (không phải mã UTF-8); hãy đổi tên tệp (chữ, số, dấu gạch ngang) rồi chạy lại.",
    );
    expect(at("file.io_error", { kind: "file", reason: "EXDEV" })).toBe(
      "Tệp nhan/hn.xlsx: không đọc được tệp: lỗi hệ thống EXDEV; hãy chạy lại; nếu vẫn lỗi, chép tệp sang thư mục khác.",
    );
    expect(at("file.io_error", { kind: "file", reason: "EACCES" }, "en")).toBe("File nhan/hn.xlsx: cannot read the file: EACCES.");
  });

  it("a folder that could not be listed", () => {
    expect(at("file.io_error", { kind: "folder", reason: "EACCES" })).toBe(
      "Tệp nhan/hn.xlsx: không đọc được thư mục: không có quyền đọc; các tệp trong thư mục này chưa được đọc; hãy cấp quyền đọc cho tài khoản đang chạy lệnh, hoặc chép tệp sang thư mục của mình, rồi chạy lại.",
    );
  });

  it("special files and broken links", () => {
    expect(at("file.not_regular", { kind: "fifo" })).toBe(
      "Tệp nhan/hn.xlsx: không phải tệp thông thường (ống dẫn FIFO); không được đọc. Hãy chép tệp phụ lục (.xlsx) thật vào thư mục.",
    );
    expect(at("file.not_regular", { kind: "folder_link" })).toBe(
      "Tệp nhan/hn.xlsx: không phải tệp thông thường (liên kết tới thư mục; các tệp trong đó không được đọc); không được đọc. Hãy chép tệp phụ lục (.xlsx) thật vào thư mục.",
    );
    expect(at("file.broken_link", {})).toBe(
      "Tệp nhan/hn.xlsx: liên kết hỏng: tệp mà liên kết trỏ tới không còn; không được đọc. Hãy chép tệp phụ lục vào thư mục thay cho liên kết.",
    );
  });
});
