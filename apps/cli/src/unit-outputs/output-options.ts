import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { stringOption, type ParsedArgs } from "../cli/command-spec.js";
import { UsageError } from "../cli/usage-error.js";
import { checkOutputPath } from "../io/output-guard.js";
import { displayPath, isInside } from "../io/paths.js";

export interface UnitOutputPaths {
  feedbackDir?: string;
  tidy?: string;
}

/** The `--feedback` and `--tidy` options of a command, checked against the folders it reads. */
export async function unitOutputOptions(args: ParsedArgs, inputs: readonly string[], exclude: readonly string[], command: string, cwd: string): Promise<UnitOutputPaths> {
  const feedbackArg = stringOption(args, "feedback");
  const tidyArg = stringOption(args, "tidy");
  const out: UnitOutputPaths = {};
  if (feedbackArg !== undefined) {
    const dir = resolve(cwd, feedbackArg);
    const inside = inputs.find((input) => isInside(dir, input) && !exclude.some((e) => isInside(dir, e)));
    if (inside !== undefined) {
      throw new UsageError(
        `thư mục tệp phản hồi "${displayPath(dir, cwd)}" (--feedback) nằm trong thư mục đang đọc "${displayPath(inside, cwd)}".`,
        "Ghi ra thư mục khác, ví dụ --feedback out/phan-hoi; lần chạy sau sẽ đọc nhầm các tệp phản hồi là tệp của đơn vị.",
        command,
      );
    }
    const info = await stat(dir).catch(() => undefined);
    if (info && !info.isDirectory()) throw new UsageError(`"${displayPath(dir, cwd)}" (--feedback) là một tệp; cần một thư mục.`, "Ví dụ: --feedback out/phan-hoi", command);
    out.feedbackDir = dir;
  }
  if (tidyArg !== undefined) {
    if (!/\.csv$/i.test(tidyArg)) throw new UsageError(`tệp bảng số liệu "${tidyArg}" (--tidy) phải có đuôi .csv.`, `Ví dụ: --tidy ${tidyArg.replace(/\.[^./\\]*$/, "")}.csv`, command);
    const tidy = resolve(cwd, tidyArg);
    for (const input of inputs) await checkOutputPath(tidy, "--tidy", input, exclude, command, cwd);
    out.tidy = tidy;
  }
  return out;
}
