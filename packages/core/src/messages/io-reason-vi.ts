/** Why a file or folder could not be read, from the system's error code, and what to do, in Vietnamese. */
export interface IoReason {
  why: string;
  action: string;
}

const BUSY: IoReason = { why: "tệp đang bị chương trình khác dùng", action: "hãy đóng chương trình đang mở tệp (ví dụ Excel) rồi chạy lại" };
const DENIED: IoReason = {
  why: "không có quyền đọc",
  action: "hãy cấp quyền đọc cho tài khoản đang chạy lệnh, hoặc chép tệp sang thư mục của mình, rồi chạy lại",
};
const TOO_MANY: IoReason = { why: "máy đang mở quá nhiều tệp cùng lúc", action: "hãy chạy lại (ví dụ với --threads 1)" };

const REASONS: Record<string, IoReason> = {
  EACCES: DENIED,
  EPERM: DENIED,
  ENOENT: { why: "không tìm thấy (tệp bị xóa, chuyển hoặc đổi tên trong lúc đọc)", action: "hãy kiểm tra lại thư mục rồi chạy lại" },
  EBUSY: BUSY,
  ETXTBSY: BUSY,
  EAGAIN: BUSY,
  EIO: { why: "lỗi đọc ổ đĩa", action: "hãy chép tệp sang ổ đĩa khác, hoặc đề nghị đơn vị gửi lại tệp" },
  ELOOP: { why: "liên kết vòng (liên kết trỏ về chính nó)", action: "hãy xóa liên kết, chép tệp thật vào thư mục" },
  ENAMETOOLONG: { why: "đường dẫn quá dài", action: "hãy đặt tên ngắn hơn hoặc chuyển thư mục lên gần ổ đĩa gốc" },
  EMFILE: TOO_MANY,
  ENFILE: TOO_MANY,
  ENOTDIR: { why: "một phần của đường dẫn không phải thư mục", action: "hãy kiểm tra lại thư mục rồi chạy lại" },
  EISDIR: { why: "là thư mục, không phải tệp", action: "hãy kiểm tra lại thư mục rồi chạy lại" },
  invalid_name: { why: "tên tệp có ký tự không đọc được (không phải mã UTF-8)", action: "hãy đổi tên tệp (chữ, số, dấu gạch ngang) rồi chạy lại" },
};

export function ioReasonVi(code: string): IoReason {
  return REASONS[code] ?? { why: `lỗi hệ thống${code ? ` ${code}` : ""}`, action: "hãy chạy lại; nếu vẫn lỗi, chép tệp sang thư mục khác" };
}
