import type * as z from "zod/mini";
import { formatIssuePath } from "../errors/issue-path.js";
import type { RegistryIssue } from "./registry-error.js";

const TYPE_NAMES: Record<string, string> = {
  string: "chuỗi ký tự",
  number: "số",
  boolean: "true hoặc false",
  array: "danh sách (mảng)",
  object: "đối tượng",
  null: "null",
};

function typeName(t: string): string {
  return TYPE_NAMES[t] ?? t;
}

/** Vietnamese messages for the zod issues our file schemas can raise. */
export const vietnameseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? "thiếu trường bắt buộc" : `phải là ${typeName(issue.expected)}`;
    case "too_small":
      if (issue.origin === "string") return "không được để trống";
      if (issue.origin === "array") return `phải có ít nhất ${String(issue.minimum)} phần tử`;
      return `phải lớn hơn hoặc bằng ${String(issue.minimum)}`;
    case "invalid_value":
      return `phải là một trong các giá trị: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "unrecognized_keys":
      return `trường không được hỗ trợ: ${issue.keys.join(", ")} (kiểm tra lỗi chính tả)`;
    case "invalid_format":
      return "sai định dạng";
    default:
      return "giá trị không hợp lệ";
  }
};

export function zodIssuesToRegistryIssues(error: z.core.$ZodError): RegistryIssue[] {
  return error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
}
