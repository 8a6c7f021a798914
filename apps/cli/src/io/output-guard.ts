import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { UsageError } from "../cli/usage-error.js";
import { isInside, displayPath } from "./paths.js";
import { realPathOf } from "./real-path.js";

/** A file or folder the command reads: the folder or files given, --previous, --registry … */
export interface InputPath {
  /** Absolute. */
  path: string;
  /** The option that names it (`--previous`); absent for what is checked or consolidated. Only those may have sub-folders excluded. */
  option?: string;
}

/** An example file name for an output option, for the "Cách sửa" line. */
function exampleName(option: string): string {
  return option === "--json" ? "bao-cao.json" : option === "--tidy" ? "so-lieu.csv" : option === "--feedback" ? "phan-hoi" : "tong-hop.xlsx";
}

/** ` (qua liên kết: thực chất là "…")` when links lead the output elsewhere than it reads. */
function throughLinks(output: string, real: string, cwd: string): string {
  return real === resolve(output) ? "" : ` (qua liên kết, đường dẫn này thực chất là "${displayPath(real, cwd)}")`;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

/** Same file on disk (a hard link or any other name for it). */
async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
}

/**
 * Refuses an output (file, or folder of outputs with `folder`) that lands
 * on an input: inside a folder being read (unless that part of the folder
 * is excluded from reading: the next run would read the output as an
 * input), or onto a file being read. Paths are compared as they really
 * lead, after every link, for the output's folder too even if it does not
 * exist yet. Refuses a file output that is a folder.
 */
export async function checkOutputPath(
  output: string,
  option: string,
  inputs: readonly InputPath[],
  exclude: readonly string[],
  command: string,
  cwd: string,
  folder = false,
): Promise<void> {
  const real = await realPathOf(output);
  const shown = `${folder ? (option === "--feedback" ? "thư mục tệp phản hồi" : "thư mục kết quả") : "tệp kết quả"} "${displayPath(output, cwd)}" (${option})${throughLinks(output, real, cwd)}`;
  const example = `${option} out/${exampleName(option)}`;
  for (const input of inputs) {
    const realInput = await realPathOf(input.path);
    if (await isFolder(input.path)) {
      if (!isInside(real, realInput)) continue;
      if (input.option === undefined) {
        const excluded = await Promise.all(exclude.map(async (e) => isInside(resolve(e), input.path) && isInside(real, await realPathOf(e))));
        if (excluded.some(Boolean)) continue;
        throw new UsageError(
          `${shown} nằm trong thư mục đang đọc "${displayPath(input.path, cwd)}".`,
          `Ghi ra thư mục khác, ví dụ ${example}; hoặc loại thư mục con chứa tệp kết quả khỏi việc đọc bằng --exclude <thư mục con>.`,
          command,
        );
      }
      throw new UsageError(
        `${shown} nằm trong thư mục "${displayPath(input.path, cwd)}" (${input.option}) đang được đọc.`,
        `Ghi ra thư mục khác, ví dụ ${example}; không ghi vào thư mục của ${input.option}.`,
        command,
      );
    }
    if (!folder && (real === realInput || (await sameFile(output, input.path)))) {
      throw new UsageError(
        `${shown} chính là tệp đang đọc "${displayPath(input.path, cwd)}"${input.option ? ` (${input.option})` : ""}; ghi vào sẽ mất tệp đó.`,
        `Ghi ra tệp khác, ví dụ ${example}.`,
        command,
      );
    }
  }
  const info = await stat(output).catch(() => undefined);
  if (!folder && info?.isDirectory()) {
    throw new UsageError(
      `"${displayPath(output, cwd)}" (${option}) là thư mục; cần đường dẫn tệp.`,
      `Ví dụ: ${option} ${displayPath(output, cwd)}/${exampleName(option)}`,
      command,
    );
  }
}
