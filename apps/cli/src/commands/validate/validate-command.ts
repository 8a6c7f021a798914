import { dirname, resolve } from "node:path";
import { builtinCatalogues, catalogueForPeriod, parsePeriod } from "@phuluc/core";
import { catalogueArgument, catalogueFor, catalogueOptionSpec, catalogueUsedLine, loadCatalogueArgument, perPeriodCataloguesLine } from "../../cli/catalogue-args.js";
import { inputPaths } from "../../cli/input-paths.js";
import { flag, stringOption, type CommandSpec } from "../../cli/command-spec.js";
import { periodFrom, registriesOrExplain, registryFiles, threadsOption } from "../../cli/common-args.js";
import { createProgress, progressMode } from "../../io/progress.js";
import { unitOutputOptions } from "../../unit-outputs/output-options.js";
import { renderUnitOutputs } from "../../unit-outputs/render-unit-outputs.js";
import { renderValidate } from "./render-validate.js";
import { runValidate } from "./run-validate.js";
import { validateJson } from "./validate-json.js";

const V = "validate";

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
    feedback: { type: "string", value: "<thư mục>", example: "out/phan-hoi", description: "ghi cho mỗi tệp có lỗi hoặc cảnh báo một tệp phản hồi <tên tệp>-phan-hoi.xlsx" },
    tidy: { type: "string", value: "<tệp.csv>", example: "out/so-lieu.csv", description: "ghi mọi số liệu thành bảng CSV, mỗi dòng một số liệu (xem docs/tidy-csv.md)" },
    threads: { type: "string", value: "<số>", example: "2", description: "số luồng đọc tệp" },
    quiet: { type: "boolean", short: "q", description: "không hiện tiến độ" },
  },
  examples: ["phuluc validate 51-quang-ngai.xlsx", "phuluc validate nhan-bao-cao/ --period 2022-Y --previous nam-2021/"],
  outputFolder(args, cwd) {
    const feedback = stringOption(args, "feedback");
    const tidy = stringOption(args, "tidy");
    return feedback !== undefined ? resolve(cwd, feedback) : tidy !== undefined ? dirname(resolve(cwd, tidy)) : undefined;
  },
  async execute(args, io) {
    const periodText = stringOption(args, "period");
    const period = periodText === undefined ? undefined : periodFrom(periodText, V, "--period");
    const files = await registryFiles(args, V, io.cwd);
    const registries = await registriesOrExplain(files, V);
    const threads = threadsOption(args, V);
    const previousArg = stringOption(args, "previous");
    const json = flag(args, "json");
    const outputs = await unitOutputOptions(args, inputPaths(args, args.positionals, io.cwd), [], V, io.cwd);
    const edited = await catalogueArgument(args, V, io.cwd);
    const editedCatalogue = edited && (await loadCatalogueArgument(edited, V));
    // Without --period each file is checked against the catalogue of its own period.
    const catalogue = period ? catalogueFor(period, editedCatalogue, V) : (editedCatalogue ?? builtinCatalogues()[0]!);
    const progress = createProgress(io, progressMode(io, flag(args, "quiet")));
    const run = await runValidate({
      ...(edited ? { catalogueFile: edited.json } : { catalogueVersion: catalogue.version }),
      paths: args.positionals,
      cwd: io.cwd,
      registries,
      registryFiles: files,
      progress,
      outputs: {
        ...outputs,
        // Each file's own catalogue, as the reading chose it: the edited one, else its period's.
        catalogueOf: (id) => {
          if (editedCatalogue) return editedCatalogue;
          const parsed = id === undefined ? undefined : parsePeriod(id);
          return (parsed && "period" in parsed ? catalogueForPeriod(parsed.period) : undefined) ?? catalogue;
        },
      },
      ...(period ? { period } : {}),
      ...(previousArg !== undefined ? { previousArg } : {}),
      ...(threads === undefined ? {} : { threads }),
    });
    progress.done();
    const used = period || edited ? catalogueUsedLine(catalogue, edited) : perPeriodCataloguesLine(builtinCatalogues());
    const written = renderUnitOutputs(outputs, run.unitOutputs, io.cwd);
    io.out(json ? validateJson(run, catalogue) : `${renderValidate(run, catalogue)}${written.map((l) => `${l}\n`).join("")}${used}\n`);
    return run.exitCode;
  },
};
