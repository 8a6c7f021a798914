import { basename, dirname } from "node:path";
import { consolidateFiles, type Consolidation, type FileRead } from "@phuluc/consolidate";
import { defaultGrouping, type Catalogue, type Grouping, type Period, type Registry, type ReportingUnit } from "@phuluc/core";
import { IoError, UsageError, ioReason, writeError } from "../../cli/usage-error.js";
import { commitStaged, discardStaged, stageFile, type StagedFile } from "../../io/atomic-write.js";
import { writeFaultLog } from "../../io/fault-log.js";
import { listFiles } from "../../io/list-files.js";
import { nodeCompression } from "../../io/node-compression.js";
import type { Progress } from "../../io/progress.js";
import { folderFile, threadReader } from "../../read/folder-file.js";
import { previousInput, usageErrorOf } from "../../previous/load-previous.js";
import { consolidationUnitFiles } from "../../unit-outputs/consolidation-unit-files.js";
import { groupNames } from "../../unit-outputs/group-names.js";
import { stageUnitOutputs, type UnitOutputs } from "../../unit-outputs/unit-outputs.js";
import { VERSION } from "../../version.js";

export interface ConsolidateRequest {
  /** The folder as given, and resolved. */
  inputArg: string;
  input: string;
  period: Period;
  registries: readonly Registry[];
  registry: Registry;
  registryFiles: unknown[];
  /** The period's catalogue, or the edited one given with --catalogue. */
  catalogue: Catalogue;
  /** The edited catalogue's document, handed to the reading threads. */
  catalogueFile?: unknown;
  grouping?: Grouping;
  includeInvalid: boolean;
  preferNewest: boolean;
  /** Absolute output paths. */
  out: string;
  json?: string;
  /** Folder for the units' feedback workbooks (--feedback). */
  feedbackDir?: string;
  /** Tidy CSV of every figure (--tidy). */
  tidy?: string;
  previousArg?: string;
  exclude: readonly string[];
  cutOff?: string;
  asUnit?: ReportingUnit;
  threads?: number;
  cwd: string;
  progress: Progress;
  /** ISO time written into the outputs; now when absent. */
  now?: string;
}

/** The pipeline's consolidation, with what this command wrote. */
export interface ConsolidateRun extends Omit<Consolidation, "workbook"> {
  request: ConsolidateRequest;
  /** What went back to the units and to analysts, when asked for. */
  unitOutputs?: UnitOutputs;
}

/**
 * Reads every file of the folder, validates each, consolidates the units'
 * valid returns into national figures, and writes the national workbook
 * (and the JSON report) atomically: both appear together, or neither.
 */
export async function runConsolidate(request: ConsolidateRequest): Promise<ConsolidateRun> {
  const { progress, registry, catalogue } = request;
  const files = await listFiles(request.input, { exclude: request.exclude }).catch((error: unknown) => {
    throw new IoError(`không đọc được thư mục "${request.inputArg}": ${ioReason(error)}.`, "Kiểm tra quyền đọc thư mục và các thư mục con.");
  });
  if (files.length === 0) {
    throw new UsageError(
      `thư mục "${request.inputArg}" không có tệp nào.`,
      "Chép các tệp phụ lục (.xlsx) của các đơn vị vào thư mục rồi chạy lại.",
      "consolidate",
    );
  }
  let faultLogPath: string | undefined;
  const previous = request.previousArg === undefined ? undefined : await previousInput(request.previousArg, request.cwd, "consolidate");
  const run = await consolidateFiles({
    files: files.map(folderFile),
    folder: request.inputArg,
    period: request.period,
    registries: request.registries,
    registry,
    registryFiles: request.registryFiles,
    catalogue,
    ...(request.catalogueFile === undefined ? {} : { catalogueFile: request.catalogueFile }),
    ...(request.grouping ? { grouping: request.grouping } : {}),
    includeInvalid: request.includeInvalid,
    preferNewest: request.preferNewest,
    ...(previous ? { previous } : {}),
    ...(request.cutOff ? { cutOff: request.cutOff } : {}),
    ...(request.asUnit ? { asUnit: request.asUnit } : {}),
    readFiles: threadReader(request.threads),
    progress,
    ...(request.now ? { now: () => request.now as string } : {}),
    // The details of a fault of the program, next to the outputs.
    faultLog: async (faulted: readonly FileRead[]) => {
      faultLogPath = await writeFaultLog(
        dirname(request.out),
        faulted.map((r) => ({ file: r.file, path: r.path, detail: r.fault?.stack ?? "", ...(r.sha256 ? { sha256: r.sha256 } : {}) })),
      );
      return faultLogPath === undefined ? undefined : basename(faultLogPath);
    },
    compression: nodeCompression,
    toolVersion: VERSION,
  }).catch((error: unknown) => {
    throw usageErrorOf(error, "consolidate");
  });
  const { workbook: bytes, ...consolidation } = run;
  const { outcomes, report, generatedAt } = consolidation;
  const staged: StagedFile[] = [];
  let unitOutputs: UnitOutputs | undefined;
  try {
    staged.push(await stageFile(request.out, bytes));
    if (request.json) staged.push(await stageFile(request.json, `${JSON.stringify(report, null, 2)}\n`));
    if (request.feedbackDir || request.tidy) {
      progress.step("Ghi tệp phản hồi và bảng số liệu");
      const groups = groupNames(request.grouping ?? defaultGrouping(registry));
      unitOutputs = await stageUnitOutputs({
        catalogueOf: () => catalogue,
        registries: request.registries,
        files: consolidationUnitFiles(outcomes, groups),
        generatedAt,
        ...(request.feedbackDir ? { feedbackDir: request.feedbackDir } : {}),
        ...(request.tidy ? { tidy: request.tidy } : {}),
      });
      staged.push(...unitOutputs.staged);
    }
  } catch (error) {
    await discardStaged(staged);
    // The unit outputs name their own file; the first two are the national workbook and the JSON report.
    if (error instanceof IoError) throw error;
    throw writeError(staged.length === 0 ? request.out : (request.json ?? request.out), error);
  }
  try {
    commitStaged(staged);
  } catch (error) {
    await discardStaged(staged);
    throw writeError(request.out, error);
  }
  // The fault log's full path, as the error message names it.
  const faults = faultLogPath ? { ...consolidation.faults, log: faultLogPath } : consolidation.faults;
  return { ...consolidation, faults, request, ...(unitOutputs ? { unitOutputs } : {}) };
}
