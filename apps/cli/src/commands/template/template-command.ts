import { resolve } from "node:path";
import { flag, listOption, stringOption, type CommandSpec } from "../../cli/command-spec.js";
import { catalogueArgument, catalogueFor, catalogueOptionSpec, loadCatalogueArgument } from "../../cli/catalogue-args.js";
import { cutOffOption, registriesOrExplain, registryFiles, registryFor, requirePeriod } from "../../cli/common-args.js";
import { UsageError } from "../../cli/usage-error.js";
import { createProgress, progressMode } from "../../io/progress.js";
import { renderTemplate } from "./render-template.js";
import { runTemplate } from "./run-template.js";

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
  async execute(args, io) {
    const period = requirePeriod(args, "template");
    const units = listOption(args, "unit");
    const all = flag(args, "all");
    if (units.length === 0 && !all) throw new UsageError("chưa chọn đơn vị.", "Ghi --unit <mã hoặc tên> (ví dụ --unit 51) hoặc --all để tạo cho tất cả các đơn vị.", "template");
    if (units.length > 0 && all) throw new UsageError("không dùng --unit cùng với --all.", "Chọn một trong hai: --unit <mã> hoặc --all.", "template");
    const out = stringOption(args, "out");
    if (out === undefined) throw new UsageError("thiếu thư mục ghi tệp (--out).", "Ví dụ: --out bieu-mau", "template");
    const registries = await registriesOrExplain(await registryFiles(args, "template", io.cwd), "template");
    const registry = registryFor(registries, period, "template");
    const cutOff = cutOffOption(args, "template");
    const edited = await catalogueArgument(args, "template", io.cwd);
    const catalogue = catalogueFor(period, edited && (await loadCatalogueArgument(edited, "template")), "template");
    const result = await runTemplate({
      period,
      catalogue,
      ...(edited ? { catalogueSource: edited } : {}),
      registries,
      registry,
      units,
      all,
      out: resolve(io.cwd, out),
      ...(cutOff ? { cutOff } : {}),
      force: flag(args, "force"),
      progress: createProgress(io, progressMode(io, flag(args, "quiet"))),
    });
    io.out(renderTemplate(result, io.cwd));
    return 0;
  },
};
