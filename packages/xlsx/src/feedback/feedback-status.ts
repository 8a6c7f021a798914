/**
 * A unit's standing after a check or a consolidation, as its feedback
 * workbook tells it. `detail` is already worded (for instance the formatted
 * finding that excluded the unit, or the file that was preferred).
 */
export type FeedbackStatus =
  | { kind: "checked" }
  | { kind: "included" }
  | { kind: "included_with_errors" }
  | { kind: "excluded"; detail?: string }
  | { kind: "duplicate"; detail?: string };

/** A worded detail without its closing full stop, to end a sentence of ours. */
function clause(detail: string): string {
  return detail.trim().replace(/[.。]+$/, "");
}

/** What the first sheet says of the status, in the officer's words. */
export function statusText(status: FeedbackStatus): string {
  switch (status.kind) {
    case "checked":
      return "Đã kiểm tra tệp (chưa tổng hợp).";
    case "included":
      return "Số liệu của đơn vị đã được đưa vào tổng hợp.";
    case "included_with_errors":
      return "Số liệu của đơn vị đã được đưa vào tổng hợp dù còn lỗi (theo yêu cầu của nơi tổng hợp).";
    case "excluded":
      return `Số liệu của đơn vị chưa được đưa vào tổng hợp${status.detail ? `: ${clause(status.detail)}` : " vì tệp còn lỗi"}.`;
    case "duplicate":
      return `Tệp này không được dùng vì đơn vị có tệp khác cho cùng kỳ${status.detail ? ` (${clause(status.detail)})` : ""}.`;
  }
}

/** What to do next, from the findings' severities. */
export function nextStepText(errors: number, warnings: number): string {
  if (errors > 0) {
    return (
      "Sửa các ô tô đỏ theo ghi chú ở từng ô (và theo danh sách dưới đây), xem lại các ô tô vàng, " + "lưu tệp (giữ định dạng .xlsx) rồi gửi lại chính tệp này."
    );
  }
  if (warnings > 0) {
    return (
      'Không có lỗi. Xem lại các ô tô vàng: nếu số liệu sai, sửa và gửi lại tệp; nếu đúng, ghi lý do ở trang "Giải trình" ' +
      "(cột Nội dung giải trình, trên dòng đã ghi sẵn ô và quy tắc) rồi gửi lại, hoặc không gửi lại nếu nơi tổng hợp không yêu cầu."
    );
  }
  return "Không có lỗi hay cảnh báo nào; không cần làm gì thêm.";
}
