import { displayPath } from "../io/paths.js";

/**
 * What the user reads when the program failed: that it is the program's
 * fault, not the file's, which file was being processed, and where the
 * details for the developers are.
 */
export function internalErrorMessage(files: readonly string[], log: string | undefined, cwd: string, debug: boolean): string {
  const what =
    files.length === 0
      ? "phuluc: lỗi chương trình (lỗi của phuluc, không phải của tệp hay của cách gọi lệnh)."
      : files.length === 1
        ? `phuluc: lỗi chương trình khi xử lý tệp "${files[0]}" (lỗi của phuluc, không phải lỗi của tệp).`
        : `phuluc: lỗi chương trình khi xử lý ${files.length} tệp: ${files.map((f) => `"${f}"`).join(", ")} (lỗi của phuluc, không phải lỗi của tệp).`;
  const lines = [what, files.length === 0 ? "Không tệp nào bị thay đổi." : "Tệp không bị thay đổi; đơn vị không cần sửa hay gửi lại tệp vì lỗi này."];
  lines.push(
    log
      ? `Chi tiết (không chứa nội dung tệp) đã được ghi vào "${displayPath(log, cwd)}"; hãy gửi tệp đó cho nhóm phát triển phuluc.`
      : "Không ghi được tệp chi tiết; hãy gửi cho nhóm phát triển phuluc phần chi tiết in dưới đây.",
  );
  if (!debug && log) lines.push("Để xem chi tiết ngay trên màn hình: chạy lại lệnh với --debug.");
  return `${lines.join("\n")}\n`;
}
