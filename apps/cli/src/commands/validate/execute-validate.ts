import { builtinCatalogues, catalogueForPeriod, parsePeriod } from "@phuluc/core";
import { catalogueArgument, catalogueFor, catalogueUsedLine, loadCatalogueArgument, perPeriodCataloguesLine } from "../../cli/catalogue-args.js";
import { inputPaths } from "../../cli/input-paths.js";
import { flag, stringOption, type ParsedArgs } from "../../cli/command-spec.js";
import { periodFrom, registriesOrExplain, registryFiles, threadsOption } from "../../cli/common-args.js";
import { createProgress, progressMode } from "../../io/progress.js";
import { unitOutputOptions } from "../../unit-outputs/output-options.js";
import { renderUnitOutputs } from "../../unit-outputs/render-unit-outputs.js";
import { renderValidate } from "./render-validate.js";
import { runValidate } from "./run-validate.js";
import { validateJson } from "./validate-json.js";
import type { Io } from "../../io/io.js";
import { V } from "./validate-command.js";

/** `phuluc validate`: runs the command once its arguments are parsed; resolves to the exit code. */
export async function executeValidate(args: ParsedArgs, io: Io): Promise<number> {
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
    fingerprints: json,
  });
  progress.done();
  const used = period || edited ? catalogueUsedLine(catalogue, edited) : perPeriodCataloguesLine(builtinCatalogues());
  const written = renderUnitOutputs(outputs, run.unitOutputs, io.cwd);
  io.out(json ? validateJson(run, catalogue) : `${renderValidate(run, catalogue)}${written.map((l) => `${l}\n`).join("")}${used}\n`);
  return run.exitCode;
}
