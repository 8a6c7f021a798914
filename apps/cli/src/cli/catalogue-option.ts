import type { OptionSpec } from "./command-spec.js";

/** The `--catalogue` option, shared by every command that takes a period. */
export const catalogueOptionSpec: OptionSpec = {
  type: "string",
  value: "<tệp|thư mục>",
  description: "danh mục biểu mẫu đã chỉnh sửa (catalogue.json, hoặc thư mục chứa nó) thay cho danh mục có sẵn của kỳ",
};
