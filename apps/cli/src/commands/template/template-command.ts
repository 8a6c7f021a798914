import { resolve } from "node:path";
import { stringOption, type CommandSpec } from "../../cli/command-spec.js";
import { catalogueOptionSpec } from "../../cli/catalogue-option.js";

export const templateCommand: CommandSpec = {
  name: "template",
  summary: "tạo biểu mẫu trống cho một đơn vị hoặc tất cả các đơn vị",
  usage: ["--period <kỳ> --unit <mã|tên> --out <thư mục>", "--period <kỳ> --all --out <thư mục>"],
  positionals: { min: 0, max: 0, name: "đường dẫn" },
  options: {
    period: { type: "string", value: "<kỳ>", example: "2022-Y", description: "kỳ báo cáo: 2022-Y (năm), 2022-H1 (6 tháng đầu năm), 2023-Q1 (quý)" },
    unit: { type: "string", multiple: true, value: "<mã|tên>", example: "51", description: "đơn vị (mã hoặc tên, ghi nhiều lần cho nhiều đơn vị)" },
    all: { type: "boolean", description: "tạo cho tất cả các đơn vị của danh mục áp dụng cho kỳ" },
    out: { type: "string", value: "<thư mục>", example: "bieu-mau", description: "thư mục ghi các tệp (tạo mới nếu chưa có)" },
    "cut-off": { type: "string", value: "<ngày>", example: "2022-12-05", description: "ngày chốt số liệu ghi sẵn trên biểu mẫu (2022-12-05 hoặc 05/12/2022)" },
    registry: { type: "string", value: "<tệp.json>", description: "danh mục đơn vị riêng thay cho danh mục có sẵn" },
    catalogue: catalogueOptionSpec,
    force: { type: "boolean", description: "ghi đè tệp đã có cùng tên" },
    quiet: { type: "boolean", short: "q", description: "không hiện tiến độ" },
  },
  examples: ["phuluc template --period 2022-Y --unit 51 --out bieu-mau", "phuluc template --period 2022-Y --all --out bieu-mau"],
  outputFolder(args, cwd) {
    const out = stringOption(args, "out");
    return out === undefined ? undefined : resolve(cwd, out);
  },
  // The work (and everything it loads) is imported only when the command runs: `--help` loads none of it.
  execute: (args, io) => import("../execute-commands.js").then((m) => m.executeTemplate(args, io)),
};
