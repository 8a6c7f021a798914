import type { FileEntry } from "@phuluc/xlsx";

/** How each file status reads in Vietnamese (summary and help). */
export const FILE_STATUS_LABEL: Record<FileEntry["status"], string> = {
  included: "đã tổng hợp",
  excluded: "không tổng hợp vì có lỗi",
  duplicate: "tệp trùng",
  wrong_period: "sai kỳ báo cáo",
  unknown_unit: "không xác định được đơn vị",
  not_annex: "không phải tệp phụ lục",
  unreadable: "không đọc được",
  not_regular: "không phải tệp thông thường",
  broken_link: "liên kết hỏng",
  internal_error: "lỗi chương trình",
};

export const FILE_STATUS_ORDER: readonly FileEntry["status"][] = ["included", "excluded", "duplicate", "wrong_period", "unknown_unit", "not_annex", "unreadable", "not_regular", "broken_link", "internal_error"];
