import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { findUnitForPeriod, formatFinding } from "@phuluc/core";
import { flag, listOption, stringOption, type ParsedArgs } from "../../cli/command-spec.js";
import { catalogueArgument, catalogueFor, catalogueUsedLine, loadCatalogueArgument } from "../../cli/catalogue-args.js";
import { cutOffOption, groupingOption, registriesOrExplain, registryFiles, registryFor, requirePeriod, threadsOption } from "../../cli/common-args.js";
import { UsageError, ioReason } from "../../cli/usage-error.js";
import { internalErrorMessage } from "../../cli/internal-error-message.js";
import { inputPaths } from "../../cli/input-paths.js";
import { checkOutputPath } from "../../io/output-guard.js";
import { realPathOf } from "../../io/real-path.js";
import { createProgress, progressMode } from "../../io/progress.js";
import { unitOutputOptions } from "../../unit-outputs/output-options.js";
import { renderSummary } from "./render-summary.js";
import { runConsolidate } from "./run-consolidate.js";
import type { Io } from "../../io/io.js";
import { C } from "./consolidate-command.js";

/** `phuluc consolidate`: runs the command once its arguments are parsed; resolves to the exit code. */
export async function executeConsolidate(args: ParsedArgs, io: Io): Promise<number> {
  const inputArg = args.positionals[0] as string;
  const input = resolve(io.cwd, inputArg);
  const info = await stat(input).catch((error: unknown) => {
    throw new UsageError(`không tìm thấy thư mục "${inputArg}": ${ioReason(error)}.`, "Kiểm tra lại đường dẫn thư mục chứa các tệp phụ lục.", C);
  });
  if (!info.isDirectory())
    throw new UsageError(`"${inputArg}" là một tệp; lệnh consolidate cần một thư mục.`, `Để kiểm tra riêng một tệp: phuluc validate "${inputArg}"`, C);
  const period = requirePeriod(args, C);
  const outArg = stringOption(args, "out");
  if (outArg === undefined) throw new UsageError("thiếu tệp tổng hợp sẽ ghi (--out).", "Ví dụ: --out out/tong-hop.xlsx", C);
  if (!/\.xlsx$/i.test(outArg))
    throw new UsageError(`tệp tổng hợp "${outArg}" (--out) phải có đuôi .xlsx.`, `Ví dụ: --out ${outArg.replace(/\.[^./\\]*$/, "")}.xlsx`, C);
  const jsonArg = stringOption(args, "json");
  const prefer = stringOption(args, "prefer");
  if (prefer !== undefined && prefer !== "newest")
    throw new UsageError(`giá trị "${prefer}" của --prefer không hợp lệ.`, "Chỉ có --prefer newest (dùng tệp mới nhất của mỗi đơn vị).", C);
  const exclude = listOption(args, "exclude").map((p) => resolve(io.cwd, p));
  const out = resolve(io.cwd, outArg);
  const json = jsonArg === undefined ? undefined : resolve(io.cwd, jsonArg);
  if (json === out || (json && (await realPathOf(json)) === (await realPathOf(out))))
    throw new UsageError("--json và --out trỏ tới cùng một tệp.", "Đặt tên khác cho tệp JSON, ví dụ out/bao-cao.json.", C);
  const inputs = inputPaths(args, [inputArg], io.cwd);
  await checkOutputPath(out, "--out", inputs, exclude, C, io.cwd);
  if (json) await checkOutputPath(json, "--json", inputs, exclude, C, io.cwd);
  const unitOutputs = await unitOutputOptions(args, inputs, exclude, C, io.cwd);
  if (unitOutputs.tidy && (unitOutputs.tidy === out || unitOutputs.tidy === json))
    throw new UsageError("--tidy trỏ tới cùng tệp với --out hoặc --json.", "Đặt tên khác cho bảng số liệu, ví dụ --tidy out/so-lieu.csv.", C);

  const files = await registryFiles(args, C, io.cwd);
  const registries = await registriesOrExplain(files, C);
  const registry = registryFor(registries, period, C);
  const grouping = await groupingOption(args, registry, C, io.cwd);
  const edited = await catalogueArgument(args, C, io.cwd);
  const catalogue = catalogueFor(period, edited && (await loadCatalogueArgument(edited, C)), C);
  const asUnitText = stringOption(args, "as-unit");
  let asUnit;
  if (asUnitText !== undefined) {
    const found = findUnitForPeriod(registries, period, asUnitText);
    if ("finding" in found) throw new UsageError(formatFinding(found.finding), `Ghi mã hoặc tên một đơn vị có trong ${registry.title} sau --as-unit.`, C);
    asUnit = found.unit;
  }
  const cutOff = cutOffOption(args, C);
  const threads = threadsOption(args, C);
  const previousArg = stringOption(args, "previous");
  const progress = createProgress(io, progressMode(io, flag(args, "quiet")));
  const run = await runConsolidate({
    inputArg,
    input,
    period,
    registries,
    registry,
    registryFiles: files,
    catalogue,
    ...(edited ? { catalogueFile: edited.json } : {}),
    ...(grouping ? { grouping } : {}),
    includeInvalid: flag(args, "include-invalid"),
    preferNewest: prefer === "newest",
    out,
    ...(json ? { json } : {}),
    ...unitOutputs,
    ...(previousArg !== undefined ? { previousArg } : {}),
    exclude,
    ...(cutOff ? { cutOff } : {}),
    ...(asUnit ? { asUnit } : {}),
    ...(threads === undefined ? {} : { threads }),
    cwd: io.cwd,
    progress,
  });
  progress.done();
  io.out(`${renderSummary(run, io.cwd)}${catalogueUsedLine(catalogue, edited)}\n`);
  if (run.faults.files.length > 0) {
    io.err(
      internalErrorMessage(
        run.faults.files.map((r) => r.file),
        run.faults.log,
        io.cwd,
        io.debug === true,
      ),
    );
    if (io.debug || !run.faults.log) for (const r of run.faults.files) io.err(`${r.file}:\n${r.fault?.stack ?? ""}\n`);
  }
  return run.exitCode;
}
