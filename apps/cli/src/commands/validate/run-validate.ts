import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { defaultGrouping, periodLabel, parsePeriod, type Catalogue, type Finding, type Period, type Registry } from "@phuluc/core";
import { IoError, UsageError, ioReason } from "../../cli/usage-error.js";
import { listFiles, type FoundFile } from "../../io/list-files.js";
import type { Progress } from "../../io/progress.js";
import { countSeverities, type FileRead } from "../../read/file-read.js";
import { throwFirstFault } from "../../read/fault-error.js";
import { readAll } from "../../read/read-pool.js";
import type { ReadSetupData } from "../../read/read-setup.js";
import { loadPrevious } from "../../previous/load-previous.js";
import { previousByUnit, type PreviousData } from "../../previous/previous-data.js";
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
    if (info.isDirectory() && found.length === 0) throw new UsageError(`thư mục "${arg}" không có tệp nào.`, "Chép các tệp phụ lục (.xlsx) vào thư mục rồi chạy lại.", V);
    for (const f of found) {
      if (seen.has(f.path)) continue;
      seen.add(f.path);
      out.push(f);
    }
  }
  return out;
}

function labelOf(id: string): string {
  const p = parsePeriod(id);
  return "period" in p ? periodLabel(p.period) : id;
}

/** Reads and validates each file given (folders recursively); writes only the feedback workbooks and the tidy CSV asked for. */
export async function runValidate(request: ValidateRequest): Promise<ValidateRun> {
  const files = await collect(request.paths, request.cwd);
  const threads = request.threads === undefined ? {} : { threads: request.threads };
  let previous: PreviousData | undefined;
  if (request.previousArg !== undefined) {
    previous = await loadPrevious({ path: request.previousArg, cwd: request.cwd, command: V, registries: request.registries, setup: { registryFiles: request.registryFiles }, progress: request.progress, ...threads });
  }
  const setup: ReadSetupData = {
    registryFiles: request.registryFiles,
    ...(request.catalogueFile === undefined ? {} : { catalogueFile: request.catalogueFile }),
    ...(request.catalogueVersion === undefined ? {} : { catalogueVersion: request.catalogueVersion }),
    ...(previous ? { previous: previousByUnit(previous, periodLabel(previous.period)) } : {}) };
  request.progress.step(`Đọc và kiểm tra ${files.length} tệp`, files.length);
  const reads = await readAll(files, { setup, ...threads, onProgress: (n) => request.progress.tick(n) });
  request.progress.done();
  // A fault of the program on one file: said as ours (exit 3), never as the file's problem.
  throwFirstFault(reads);
  const period = request.period;
  if (period) {
    for (const r of reads) {
      if (!r.period || r.period === period.id) continue;
      const mismatch: Finding = { code: "period.mismatch", severity: "error", path: { file: r.file }, params: { stated: labelOf(r.period), expected: periodLabel(period) } };
      r.findings.unshift(mismatch);
      Object.assign(r, countSeverities(r.findings));
    }
  }
  const errors = reads.reduce((n, r) => n + r.errors, 0);
  const warnings = reads.reduce((n, r) => n + r.warnings, 0);
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
  return { files: reads, errors, warnings, exitCode: errors > 0 ? 1 : 0, ...(previous ? { previous } : {}), ...(unitOutputs ? { unitOutputs } : {}) };
}
