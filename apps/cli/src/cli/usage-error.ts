/**
 * The user asked for something the command cannot do as asked: an unknown
 * option, a missing folder, an unknown period. Printed as what is wrong and
 * how to fix it, in Vietnamese; exit code 2.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    /** How to fix it. */
    readonly hint?: string,
    /** The command whose help to point at. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A file or folder could not be read or written; exit code 2. */
export class IoError extends Error {
  override readonly name = "IoError";
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** The Vietnamese reason for a failed file operation. */
export function ioReason(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "không tồn tại";
    case "EACCES":
    case "EPERM":
      return "không có quyền truy cập";
    case "ENOTDIR":
      return "một phần của đường dẫn không phải thư mục";
    case "EISDIR":
      return "là thư mục, không phải tệp";
    case "ENOSPC":
      return "ổ đĩa đã đầy";
    case "EROFS":
      return "ổ đĩa chỉ cho phép đọc";
    case "EEXIST":
      return "đã tồn tại";
    default:
      return `lỗi hệ thống${code ? ` ${code}` : ""}`;
  }
}

/** A failed write, explained. */
export function writeError(path: string, error: unknown): IoError {
  return new IoError(`không ghi được tệp "${path}": ${ioReason(error)}.`, "Kiểm tra quyền ghi và chỗ trống trên ổ đĩa, hoặc chọn thư mục khác.");
}
