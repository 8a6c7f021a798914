import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { checkFiles, type FileRead, type PreviousData } from "@phuluc/consolidate";
import { defaultGrouping, type Catalogue, type Period, type Registry } from "@phuluc/core";
import { IoError, UsageError, ioReason } from "../../cli/usage-error.js";
import { listFiles, type FoundFile } from "../../io/list-files.js";
import type { Progress } from "../../io/progress.js";
import { folderFile, threadReader } from "../../read/folder-file.js";
import { previousInput, usageErrorOf } from "../../previous/load-previous.js";
import { commitStaged } from "../../io/atomic-write.js";
import { groupNames } from "../../unit-outputs/group-names.js";
import type { UnitOutputPaths } from "../../unit-outputs/output-options.js";
import { stageUnitOutputs, type UnitFile, type UnitOutputs } from "../../unit-outputs/unit-outputs.js";

export interface ValidateRequest {
  /** Files or folders as given. */
  paths: readonly string[];
  cwd: string;
  period?: Period;
  registries: readonly Registry[];
  registryFiles: unknown[];
  /** An edited catalogue document (--catalogue), used for every file. */
  catalogueFile?: unknown;
  /** The built-in catalogue of --period. */
  catalogueVersion?: string;
  previousArg?: string;
  threads?: number;
  /** Each file's SHA-256 is wanted (the JSON output shows it); else not computed. */
  fingerprints?: boolean;
  progress: Progress;
  /** Feedback workbooks and the tidy CSV, when asked for, with the catalogue each file was read with. */
  outputs?: UnitOutputPaths & { catalogueOf: (period: string | undefined) => Catalogue };
  /** ISO time written into the feedback workbooks; now when absent. */
  now?: string;
}

export interface ValidateRun {
  files: FileRead[];
  previous?: PreviousData;
  errors: number;
  warnings: number;
  /** Warnings the units justified (not open). */
  justified: number;
  unitOutputs?: UnitOutputs;
  exitCode: 0 | 1;
}

/** Each file as the unit outputs take it: checked, not consolidated. */
function checkedFiles(reads: readonly FileRead[], registries: readonly Registry[]): UnitFile[] {
  const groupsOf = new Map<string, Map<string, string>>();
  return reads.map((read) => {
    const registry = registries.find((r) => r.id === read.registryId);
    let groups = registry ? groupsOf.get(registry.id) : undefined;
    if (registry && !groups) groupsOf.set(registry.id, (groups = groupNames(defaultGrouping(registry))));
    const group = read.unit ? groups?.get(read.unit) : undefined;
    return { read, findings: read.findings, feedback: { kind: "checked" as const }, tidy: "checked" as const, ...(group ? { group } : {}) };
  });
}

const V = "validate";

async function collect(paths: readonly string[], cwd: string): Promise<FoundFile[]> {
  const out: FoundFile[] = [];
  const seen = new Set<string>();
  for (const arg of paths) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch((error: unknown) => {
      throw new UsageError(`không tìm thấy "${arg}": ${ioReason(error)}.`, "Kiểm tra lại đường dẫn tệp hoặc thư mục cần kiểm tra.", V);
    });
    const found = info.isDirectory()
      ? (
          await listFiles(path).catch((error: unknown) => {
            throw new IoError(`không đọc được thư mục "${arg}": ${ioReason(error)}.`, "Kiểm tra quyền đọc thư mục.");
          })
        ).map((f) => ({ ...f, file: `${arg.replace(/[\\/]+$/, "")}/${f.file}` }))
      : [{ path, file: arg }];
    if (info.isDirectory() && found.length === 0)
      throw new UsageError(`thư mục "${arg}" không có tệp nào.`, "Chép các tệp phụ lục (.xlsx) vào thư mục rồi chạy lại.", V);
    for (const f of found) {
      if (seen.has(f.path)) continue;
      seen.add(f.path);
      out.push(f);
    }
  }
  return out;
}

/** Reads and validates each file given (folders recursively); writes only the feedback workbooks and the tidy CSV asked for. */
export async function runValidate(request: ValidateRequest): Promise<ValidateRun> {
  const files = await collect(request.paths, request.cwd);
  const previous = request.previousArg === undefined ? undefined : await previousInput(request.previousArg, request.cwd, V);
  const checked = await checkFiles({
    files: files.map((f) => folderFile(request.fingerprints === false ? { ...f, fingerprint: false } : f)),
    registries: request.registries,
    registryFiles: request.registryFiles,
    ...(request.period ? { period: request.period } : {}),
    ...(request.catalogueFile === undefined ? {} : { catalogueFile: request.catalogueFile }),
    ...(request.catalogueVersion === undefined ? {} : { catalogueVersion: request.catalogueVersion }),
    ...(previous ? { previous } : {}),
    readFiles: threadReader(request.threads),
    progress: request.progress,
  }).catch((error: unknown) => {
    throw usageErrorOf(error, V);
  });
  const { files: reads, errors, warnings, justified } = checked;
  let unitOutputs: UnitOutputs | undefined;
  const outputs = request.outputs;
  if (outputs?.feedbackDir || outputs?.tidy) {
    request.progress.step("Ghi tệp phản hồi và bảng số liệu");
    const { catalogueOf, ...paths } = outputs;
    unitOutputs = await stageUnitOutputs({
      catalogueOf: (read) => catalogueOf(read.period),
      registries: request.registries,
      files: checkedFiles(reads, request.registries),
      generatedAt: request.now ?? new Date().toISOString(),
      ...paths,
    });
    commitStaged(unitOutputs.staged);
    request.progress.done();
  }
  return {
    files: reads,
    errors,
    warnings,
    justified,
    exitCode: errors > 0 ? 1 : 0,
    ...(checked.previous ? { previous: checked.previous } : {}),
    ...(unitOutputs ? { unitOutputs } : {}),
  };
}
