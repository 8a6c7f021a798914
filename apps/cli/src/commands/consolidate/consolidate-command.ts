import { dirname, resolve } from "node:path";
import { stringOption, type CommandSpec } from "../../cli/command-spec.js";
import { catalogueOptionSpec } from "../../cli/catalogue-option.js";

/** The command's name, as its messages name it. */
export const C = "consolidate";

export const consolidateCommand: CommandSpec = {
  name: C,
  summary: "tổng hợp thư mục các tệp phụ lục của các đơn vị thành biểu tổng hợp toàn quốc",
  usage: ["<thư mục> --period <kỳ> --out <tệp.xlsx> [--previous <thư mục|tệp tổng hợp>] [--json <tệp.json>]"],
  positionals: { min: 1, max: 1, name: "thư mục chứa các tệp phụ lục" },
  options: {
    period: { type: "string", value: "<kỳ>", example: "2022-Y", description: "kỳ tổng hợp: 2022-Y (năm), 2022-H1 (6 tháng đầu năm), 2023-Q1 (quý)" },
    out: { type: "string", value: "<tệp.xlsx>", example: "out/tong-hop.xlsx", description: "tệp tổng hợp sẽ ghi (ngoài thư mục đang đọc)" },
    json: {
      type: "string",
      value: "<tệp.json>",
      example: "out/bao-cao.json",
      description: "ghi thêm báo cáo dạng JSON cho các phần mềm khác (xem docs/report-json.md)",
    },
    feedback: {
      type: "string",
      value: "<thư mục>",
      example: "out/phan-hoi",
      description: "ghi cho mỗi đơn vị có lỗi, cảnh báo hoặc không được tổng hợp một tệp phản hồi <tên tệp>-phan-hoi.xlsx",
    },
    tidy: {
      type: "string",
      value: "<tệp.csv>",
      example: "out/so-lieu.csv",
      description: "ghi mọi số liệu thành bảng CSV, mỗi dòng một số liệu (xem docs/tidy-csv.md)",
    },
    previous: {
      type: "string",
      value: "<thư mục|tệp>",
      example: "fixtures/2021-Y",
      description: "số liệu kỳ trước để so sánh: thư mục các tệp phụ lục hoặc tệp tổng hợp kỳ trước",
    },
    grouping: { type: "string", value: "<tệp.json>", description: "cách chia nhóm riêng để cộng theo nhóm (mặc định: theo vùng)" },
    registry: { type: "string", value: "<tệp.json>", description: "danh mục đơn vị riêng thay cho danh mục có sẵn" },
    catalogue: catalogueOptionSpec,
    "include-invalid": { type: "boolean", description: "tổng hợp cả đơn vị còn lỗi (được ghi rõ là còn lỗi)" },
    prefer: { type: "string", value: "newest", example: "newest", description: "khi một đơn vị có nhiều tệp khác nhau: dùng tệp mới nhất" },
    exclude: { type: "string", multiple: true, value: "<đường dẫn>", description: "không đọc thư mục con hoặc tệp này (ghi nhiều lần được)" },
    "cut-off": {
      type: "string",
      value: "<ngày>",
      example: "2022-12-05",
      description: "ngày chốt số liệu ghi trong câu báo cáo (mặc định: ngày ghi trên đa số tệp)",
    },
    "as-unit": { type: "string", value: "<mã|tên>", description: "tổng hợp thay cho một đơn vị (tỉnh tổng hợp các xã): tệp tổng hợp mang tên đơn vị đó" },
    threads: { type: "string", value: "<số>", example: "2", description: "số luồng đọc tệp (mặc định: theo số tệp, dung lượng tệp và số nhân máy)" },
    quiet: { type: "boolean", short: "q", description: "không hiện tiến độ" },
  },
  examples: [
    "phuluc consolidate fixtures/2022-Y --period 2022-Y --previous fixtures/2021-Y --out out/tong-hop-2022.xlsx --json out/bao-cao-2022.json",
    "phuluc consolidate nhan-bao-cao --period 2022-Y --prefer newest --out ket-qua/tong-hop.xlsx",
  ],
  outputFolder(args, cwd) {
    const out = stringOption(args, "out");
    return out === undefined ? undefined : dirname(resolve(cwd, out));
  },
  // The work (and everything it loads) is imported only when the command runs: `--help` loads none of it.
  execute: (args, io) => import("../execute-commands.js").then((m) => m.executeConsolidate(args, io)),
};
