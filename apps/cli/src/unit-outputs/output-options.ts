import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { stringOption, type ParsedArgs } from "../cli/command-spec.js";
import { UsageError } from "../cli/usage-error.js";
import { checkOutputPath, type InputPath } from "../io/output-guard.js";
import { displayPath } from "../io/paths.js";

export interface UnitOutputPaths {
  feedbackDir?: string;
  tidy?: string;
}

/** The `--feedback` and `--tidy` options of a command, checked against everything it reads. */
export async function unitOutputOptions(
  args: ParsedArgs,
  inputs: readonly InputPath[],
  exclude: readonly string[],
  command: string,
  cwd: string,
): Promise<UnitOutputPaths> {
  const feedbackArg = stringOption(args, "feedback");
  const tidyArg = stringOption(args, "tidy");
  const out: UnitOutputPaths = {};
  if (feedbackArg !== undefined) {
    const dir = resolve(cwd, feedbackArg);
    await checkOutputPath(dir, "--feedback", inputs, exclude, command, cwd, true);
    const info = await stat(dir).catch(() => undefined);
    if (info && !info.isDirectory())
      throw new UsageError(`"${displayPath(dir, cwd)}" (--feedback) là một tệp; cần một thư mục.`, "Ví dụ: --feedback out/phan-hoi", command);
    out.feedbackDir = dir;
  }
  if (tidyArg !== undefined) {
    if (!/\.csv$/i.test(tidyArg))
      throw new UsageError(`tệp bảng số liệu "${tidyArg}" (--tidy) phải có đuôi .csv.`, `Ví dụ: --tidy ${tidyArg.replace(/\.[^./\\]*$/, "")}.csv`, command);
    const tidy = resolve(cwd, tidyArg);
    await checkOutputPath(tidy, "--tidy", inputs, exclude, command, cwd);
    out.tidy = tidy;
  }
  return out;
}
