import type { CommandSpec } from "../../cli/command-spec.js";

/** The command's name, as its messages name it. */
export const C = "catalogue";

export const catalogueCommand: CommandSpec = {
  name: C,
  summary: "xem, kiểm tra, so sánh và sửa (qua Excel) danh mục biểu mẫu (các phụ lục, dòng, cột, quy tắc, câu báo cáo)",
  usage: [
    "list",
    "show <phiên bản|mã> [--json]",
    "check <tệp.json|thư mục>",
    "diff <phiên bản|tệp> <phiên bản|tệp>",
    "to-xlsx <phiên bản|tệp> --out <tệp.xlsx> [--force]",
    "from-xlsx <tệp.xlsx> --out <thư mục> [--force]",
  ],
  positionals: { min: 1, max: 3, name: "việc cần làm" },
  options: {
    json: { type: "boolean", description: "show: in nguyên văn tệp JSON của danh mục" },
    out: {
      type: "string",
      value: "<tệp|thư mục>",
      example: "danh-muc-2025.xlsx",
      description: "to-xlsx: tệp .xlsx ghi ra; from-xlsx: thư mục ghi catalogue.json",
    },
    force: { type: "boolean", description: "to-xlsx, from-xlsx: ghi đè tệp đã có" },
  },
  examples: [
    "phuluc catalogue list",
    "phuluc catalogue show 2025.2",
    "phuluc catalogue show 2025.2 --json > danh-muc/catalogue.json",
    "phuluc catalogue check danh-muc/",
    "phuluc catalogue diff 2022.1 2025.2",
    "phuluc catalogue to-xlsx 2025.2 --out danh-muc-2025.xlsx",
    "phuluc catalogue from-xlsx danh-muc-2025.xlsx --out danh-muc/",
  ],
  // The work (and everything it loads) is imported only when the command runs: `--help` loads none of it.
  execute: (args, io) => import("../execute-commands.js").then((m) => m.executeCatalogue(args, io)),
};
