/** What became of one file of a consolidation folder. */
export type FileStatus =
  | "included"
  | "excluded"
  | "duplicate"
  | "wrong_period"
  | "unknown_unit"
  | "not_annex"
  | "unreadable"
  | "not_regular"
  | "broken_link"
  | "internal_error";

/** How each file status reads in Vietnamese, inside a sentence (the CLI's summary, the national workbook). */
export const FILE_STATUS_LABEL: Readonly<Record<FileStatus, string>> = {
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

/** The statuses in the order a summary counts them. */
export const FILE_STATUS_ORDER: readonly FileStatus[] = [
  "included",
  "excluded",
  "duplicate",
  "wrong_period",
  "unknown_unit",
  "not_annex",
  "unreadable",
  "not_regular",
  "broken_link",
  "internal_error",
];
