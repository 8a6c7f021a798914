import { dirname, resolve } from "node:path";
import { catalogueOptionSpec } from "../../cli/catalogue-option.js";
import { stringOption, type CommandSpec } from "../../cli/command-spec.js";

/** The command's name, as its messages name it. */
export const V = "validate";

export const validateCommand: CommandSpec = {
  name: V,
  summary: "kiểm tra các tệp phụ lục và chỉ ra từng lỗi (trang, ô) bằng tiếng Việt",
  usage: ["<tệp|thư mục>... [--previous <tệp|thư mục>] [--period <kỳ>] [--json]"],
  positionals: { min: 1, name: "tệp hoặc thư mục cần kiểm tra" },
  options: {
    previous: { type: "string", value: "<tệp|thư mục>", example: "2021-Y", description: "tệp (hoặc thư mục, tệp tổng hợp) kỳ trước để so sánh mức tăng, giảm" },
    period: { type: "string", value: "<kỳ>", example: "2022-Y", description: "báo lỗi tệp ghi kỳ khác kỳ này" },
    registry: { type: "string", value: "<tệp.json>", description: "danh mục đơn vị riêng thay cho danh mục có sẵn" },
    catalogue: catalogueOptionSpec,
    json: { type: "boolean", description: "in kết quả dạng JSON (cho phần mềm khác)" },
    feedback: {
      type: "string",
      value: "<thư mục>",
      example: "out/phan-hoi",
      description: "ghi cho mỗi tệp có lỗi hoặc cảnh báo một tệp phản hồi <tên tệp>-phan-hoi.xlsx",
    },
    tidy: {
      type: "string",
      value: "<tệp.csv>",
      example: "out/so-lieu.csv",
      description: "ghi mọi số liệu thành bảng CSV, mỗi dòng một số liệu (xem docs/tidy-csv.md)",
    },
    threads: { type: "string", value: "<số>", example: "2", description: "số luồng đọc tệp" },
    quiet: { type: "boolean", short: "q", description: "không hiện tiến độ" },
  },
  examples: ["phuluc validate 51-quang-ngai.xlsx", "phuluc validate nhan-bao-cao/ --period 2022-Y --previous nam-2021/"],
  outputFolder(args, cwd) {
    const feedback = stringOption(args, "feedback");
    const tidy = stringOption(args, "tidy");
    return feedback !== undefined ? resolve(cwd, feedback) : tidy !== undefined ? dirname(resolve(cwd, tidy)) : undefined;
  },
  // The work (and everything it loads) is imported only when the command runs: `--help` loads none of it.
  execute: (args, io) => import("../execute-commands.js").then((m) => m.executeValidate(args, io)),
};
