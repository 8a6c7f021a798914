import { periodIdLabel, periodLabel, type Finding, type Period, type Registry } from "@phuluc/core/runtime";
import type { InputFile } from "../input-file.js";
import type { PreviousInput } from "../previous/load-previous.js";
import { previousByUnit, type PreviousData } from "../previous/previous-data.js";
import { throwFirstFault } from "../read/fault-error.js";
import { countSeverities, type FileRead } from "../read/file-read.js";
import type { FileReader } from "../read/file-reader.js";
import type { ReadSetupData } from "../read/read-setup.js";
import type { PipelineProgress } from "../pipeline-progress.js";

export interface CheckFilesOptions<F extends InputFile = InputFile> {
  files: readonly F[];
  registries: readonly Registry[];
  registryFiles?: unknown[];
  /** Files of another period get `period.mismatch`. */
  period?: Period;
  /** An edited catalogue's document, used for every file. */
  catalogueFile?: unknown;
  /** The built-in catalogue to read with first (a file's period chooses its own). */
  catalogueVersion?: string;
  /** The previous period, for the unit's period-over-period rules. */
  previous?: PreviousInput<F>;
  /** How the files are read and checked (threads, workers); by default, in this thread (see checkFiles). */
  readFiles?: FileReader<F>;
  progress?: PipelineProgress;
}

export interface FilesChecked {
  files: FileRead[];
  previous?: PreviousData;
  errors: number;
  /** Open warnings. */
  warnings: number;
  /** Warnings the units justified (not open). */
  justified: number;
}

/** checkFilesWith's options: the reader given, and the previous period already loaded (see loadPrevious). */
export interface CheckFilesWithOptions<F extends InputFile = InputFile> extends Omit<CheckFilesOptions<F>, "previous" | "readFiles"> {
  readFiles: FileReader<F>;
  previous?: PreviousData;
}

/**
 * checkFiles with the reader given and the previous period loaded: what a
 * page that reads in Web Workers calls, so that its bundle carries neither
 * a reader for its own thread nor the loading of a previous period.
 */
export async function checkFilesWith<F extends InputFile>(options: CheckFilesWithOptions<F>): Promise<FilesChecked> {
  const { readFiles, progress, previous } = options;
  const setup: ReadSetupData = {
    registryFiles: options.registryFiles ?? [],
    ...(options.catalogueFile === undefined ? {} : { catalogueFile: options.catalogueFile }),
    ...(options.catalogueVersion === undefined ? {} : { catalogueVersion: options.catalogueVersion }),
    ...(previous ? { previous: previousByUnit(previous, periodLabel(previous.period)) } : {}),
  };
  progress?.step(`Đọc và kiểm tra ${options.files.length} tệp`, options.files.length);
  const reads = await readFiles(options.files, setup, (n) => progress?.tick(n));
  progress?.done();
  throwFirstFault(reads);
  const period = options.period;
  if (period) {
    for (const r of reads) {
      if (!r.period || r.period === period.id) continue;
      const mismatch: Finding = {
        code: "period.mismatch",
        severity: "error",
        path: { file: r.file },
        params: { stated: periodIdLabel(r.period), expected: periodLabel(period) },
      };
      r.findings.unshift(mismatch);
      Object.assign(r, countSeverities(r.findings));
    }
  }
  const errors = reads.reduce((n, r) => n + r.errors, 0);
  const warnings = reads.reduce((n, r) => n + r.warnings, 0);
  const justified = reads.reduce((n, r) => n + r.justified, 0);
  return { files: reads, errors, warnings, justified, ...(previous ? { previous } : {}) };
}
