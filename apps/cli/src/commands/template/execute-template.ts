import { resolve } from "node:path";
import { flag, listOption, stringOption, type ParsedArgs } from "../../cli/command-spec.js";
import { catalogueArgument, catalogueFor, loadCatalogueArgument } from "../../cli/catalogue-args.js";
import { cutOffOption, registriesOrExplain, registryFiles, registryFor, requirePeriod } from "../../cli/common-args.js";
import { UsageError } from "../../cli/usage-error.js";
import { createProgress, progressMode } from "../../io/progress.js";
import { renderTemplate } from "./render-template.js";
import { runTemplate } from "./run-template.js";
import type { Io } from "../../io/io.js";

/** `phuluc template`: runs the command once its arguments are parsed; resolves to the exit code. */
export async function executeTemplate(args: ParsedArgs, io: Io): Promise<number> {
  const period = requirePeriod(args, "template");
  const units = listOption(args, "unit");
  const all = flag(args, "all");
  if (units.length === 0 && !all)
    throw new UsageError("chưa chọn đơn vị.", "Ghi --unit <mã hoặc tên> (ví dụ --unit 51) hoặc --all để tạo cho tất cả các đơn vị.", "template");
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
}
