import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { ConsolidateError, loadPrevious as loadPreviousFiles, type PreviousData, type PreviousInput, type ReadSetupData } from "@phuluc/consolidate";
import type { Registry } from "@phuluc/core";
import { UsageError, ioReason } from "../cli/usage-error.js";
import { listFiles } from "../io/list-files.js";
import type { Progress } from "../io/progress.js";
import { folderFile, threadReader, type FolderFile } from "../read/folder-file.js";

export interface LoadPreviousOptions {
  /** As given on the command line. */
  path: string;
  cwd: string;
  command: string;
  registries: readonly Registry[];
  setup: ReadSetupData;
  threads?: number;
  progress: Progress;
}

/** A pipeline's refusal as the command's usage error (exit code 2, naming the command's help). */
export function usageErrorOf(error: unknown, command: string): unknown {
  return error instanceof ConsolidateError ? new UsageError(error.message, error.hint, command) : error;
}

/** What `--previous` names: a folder (its files listed) or one file. */
export async function previousInput(path: string, cwd: string, command: string): Promise<PreviousInput<FolderFile>> {
  const absolute = resolve(cwd, path);
  const info = await stat(absolute).catch((error: unknown) => {
    throw new UsageError(`không tìm thấy "${path}" (--previous): ${ioReason(error)}.`, "Chỉ --previous tới thư mục hoặc tệp của kỳ trước.", command);
  });
  if (info.isDirectory()) return { kind: "folder", name: path, files: (await listFiles(absolute)).map(folderFile) };
  const file = folderFile({ path: absolute, file: path });
  return {
    kind: "file",
    name: path,
    file: {
      ...file,
      read: () =>
        file.read().catch((error: unknown) => {
          throw new UsageError(`không đọc được tệp "${path}" (--previous): ${ioReason(error)}.`, "Kiểm tra lại đường dẫn sau --previous.", command);
        }),
    },
  };
}

/**
 * Reads `--previous`: a folder of the previous period's unit workbooks, the
 * national workbook made for that period (its per-unit sheets), or one
 * unit workbook, with the reading threads. Inputs are only read.
 */
export async function loadPrevious(options: LoadPreviousOptions): Promise<PreviousData> {
  const input = await previousInput(options.path, options.cwd, options.command);
  return loadPreviousFiles(input, {
    registries: options.registries,
    setup: options.setup,
    readFiles: threadReader(options.threads),
    progress: options.progress,
  }).catch((error: unknown) => {
    throw usageErrorOf(error, options.command);
  });
}
