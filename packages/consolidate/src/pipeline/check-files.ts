import type { InputFile } from "../input-file.js";
import { loadPrevious } from "../previous/load-previous.js";
import { readInThisThread, type FileReader } from "../read/file-reader.js";
import { type CheckFilesOptions, type FilesChecked, checkFilesWith } from "./check-files-with.js";

/**
 * The validation of a set of files, each on its own (nothing consolidated):
 * its findings, grouped by nothing, in the order given. A fault of the
 * program on a file is thrown, never said to be the file's problem.
 * Read by `options.readFiles`, or in this thread.
 */
export async function checkFiles<F extends InputFile>(options: CheckFilesOptions<F>): Promise<FilesChecked> {
  const readFiles = options.readFiles ?? (readInThisThread as unknown as FileReader<F>);
  const { progress } = options;
  const previous = options.previous
    ? await loadPrevious(options.previous, {
        registries: options.registries,
        setup: { registryFiles: options.registryFiles ?? [] },
        readFiles,
        ...(progress ? { progress } : {}),
      })
    : undefined;
  const { previous: _input, ...rest } = options;
  return checkFilesWith({ ...rest, readFiles, ...(previous ? { previous } : {}) });
}
