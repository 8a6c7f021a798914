import { basename, dirname } from "node:path";
import {
  type Catalogue,
  consolidate,
  defaultGrouping,
  periodLabel,
  reportSentences,
  type ConsolidationResult,
  type Grouping,
  type Period,
  type Registry,
  type ReportSentence,
  type ReportingUnit,
} from "@phuluc/core";
import { IoError, UsageError, ioReason, writeError } from "../../cli/usage-error.js";
import { commitStaged, discardStaged, stageFile, type StagedFile } from "../../io/atomic-write.js";
import { writeFaultLog } from "../../io/fault-log.js";
import { listFiles } from "../../io/list-files.js";
import { cappedList } from "../../cli/capped-list.js";
import type { FileRead } from "../../read/file-read.js";
import { nodeCompression } from "../../io/node-compression.js";
import type { Progress } from "../../io/progress.js";
import { annexFigureRow, figureLayout } from "../../read/figure-layout.js";
import { readAll } from "../../read/read-pool.js";
import type { ReadSetupData } from "../../read/read-setup.js";
import { loadPrevious } from "../../previous/load-previous.js";
import { checkSuccession, withCatalogueSuccession, withScopeNote } from "../../previous/comparable-scope.js";
import { previousByUnit, type PreviousData } from "../../previous/previous-data.js";
import { classifyFiles, type FileOutcome } from "./classify-files.js";
import { buildReport, type Report } from "./report-json.js";
import { consolidationUnitFiles } from "../../unit-outputs/consolidation-unit-files.js";
import { groupNames } from "../../unit-outputs/group-names.js";
import { stageUnitOutputs, type UnitOutputs } from "../../unit-outputs/unit-outputs.js";

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

export interface ConsolidateRun {
  request: ConsolidateRequest;
  outcomes: FileOutcome[];
  result: ConsolidationResult;
  sentences: ReportSentence[];
  previous?: PreviousData;
  cutOff?: string;
  report: Report;
  /** What went back to the units and to analysts, when asked for. */
  unitOutputs?: UnitOutputs;
  /** Files whose reading met a fault of the program (not used; the rest is consolidated), and where the details were written. */
  faults: { files: FileRead[]; log?: string };
  exitCode: 0 | 1 | 3;
}

/** The most common cut-off date among the included units (the latest on a tie). */
function commonCutOff(outcomes: readonly FileOutcome[]): string | undefined {
  const counts = new Map<string, number>();
  for (const o of outcomes) if (o.status === "included" && o.read.cutOff) counts.set(o.read.cutOff, (counts.get(o.read.cutOff) ?? 0) + 1);
  let best: string | undefined;
  for (const [date, n] of counts) {
    const b = best === undefined ? 0 : (counts.get(best) ?? 0);
    if (best === undefined || n > b || (n === b && date > best)) best = date;
  }
  return best;
}

/** Errors make the run's exit code 1: a file not used because of them, or a conflict between two files. */
function hasErrors(outcomes: readonly FileOutcome[]): boolean {
  return outcomes.some((o) => o.conflict || (o.status !== "duplicate" && o.errors > 0));
}

/**
 * Reads every file of the folder, validates each, consolidates the units'
 * valid returns into national figures, and writes the national workbook
 * (and the JSON report) atomically: both appear together, or neither.
 */
export async function runConsolidate(request: ConsolidateRequest): Promise<ConsolidateRun> {
  const { progress, period, registry, catalogue } = request;
  const files = await listFiles(request.input, { exclude: request.exclude }).catch((error: unknown) => {
    throw new IoError(`không đọc được thư mục "${request.inputArg}": ${ioReason(error)}.`, "Kiểm tra quyền đọc thư mục và các thư mục con.");
  });
  if (files.length === 0) {
    throw new UsageError(`thư mục "${request.inputArg}" không có tệp nào.`, "Chép các tệp phụ lục (.xlsx) của các đơn vị vào thư mục rồi chạy lại.", "consolidate");
  }
  const threads = request.threads === undefined ? {} : { threads: request.threads };
  let previous: PreviousData | undefined;
  if (request.previousArg !== undefined) {
    previous = await loadPrevious({ path: request.previousArg, cwd: request.cwd, command: "consolidate", registries: request.registries, setup: { registryFiles: request.registryFiles }, progress, ...threads });
    if (previous.period.end >= period.start) {
      throw new UsageError(
        `số liệu "${request.previousArg}" (--previous) là của ${periodLabel(previous.period)}, không phải một kỳ trước ${periodLabel(period)}.`,
        "Chỉ --previous tới thư mục hoặc tệp tổng hợp của kỳ trước, ví dụ năm trước.",
        "consolidate",
      );
    }
    checkSuccession(previous, registry, "consolidate");
    previous = withCatalogueSuccession(previous, catalogue, "consolidate");
  }
  const setup: ReadSetupData = {
    registryFiles: request.registryFiles,
    ...(request.catalogueFile === undefined ? { catalogueVersion: catalogue.version } : { catalogueFile: request.catalogueFile }),
  };
  // Unit-level period-over-period rules need the same units in both periods.
  if (previous && previous.registry.id === registry.id && previous.catalogue.version === catalogue.version) setup.previous = previousByUnit(previous, periodLabel(previous.period));

  progress.step(`Đọc và kiểm tra ${files.length} tệp`, files.length);
  const reading = readAll(files, { setup, ...threads, onProgress: (n) => progress.tick(n) });
  // The workbook writer (exceljs, slow to load) loads while the reading threads work:
  // started after them, so its loading does not hold up their start.
  const writer = import("../../writers/workbook-writers.js");
  writer.catch(() => undefined);
  const reads = await reading;
  progress.done();
  // A fault of the program on some files loses nothing else: those files are set aside, named, and the details written next to the outputs.
  const faulted = reads.filter((r) => r.fault);
  const faultLog = faulted.length === 0 ? undefined : await writeFaultLog(dirname(request.out), faulted.map((r) => ({ file: r.file, path: r.path, detail: r.fault?.stack ?? "", ...(r.sha256 ? { sha256: r.sha256 } : {}) })));
  const faultDetail = faultLog ? `chi tiết trong tệp ${basename(faultLog)}` : "chi tiết in trên màn hình khi chạy lệnh";

  progress.step("Tổng hợp số liệu");
  const layout = figureLayout(catalogue);
  const { outcomes, returns } = classifyFiles(reads, { catalogue, period, registry, layout, preferNewest: request.preferNewest, faultReason: `lỗi chương trình (không phải lỗi của tệp); ${faultDetail}` });
  const readOf = new Map(outcomes.map((o) => [o.file, o.read]));
  const figuresOf = new Map(returns.map((r) => [r.unit, r.file === undefined ? undefined : readOf.get(r.file)?.figures]));
  const result = consolidate(returns, {
    catalogue,
    registry,
    period,
    ...(request.grouping ? { grouping: request.grouping } : {}),
    includeInvalid: request.includeInvalid,
    ...(previous ? { previous: { period: previous.period, registry: previous.registry, catalogue: previous.catalogue, units: previous.units } } : {}),
  });
  if (previous && result.previous) previous = withScopeNote(previous, result.previous.scope);
  const cutOff = request.cutOff ?? commonCutOff(outcomes);
  const sentences = reportSentences(result, catalogue, cutOff ? { cutOff } : {});
  if (faulted.length > 0) {
    sentences.unshift({
      text: `Số liệu chưa đầy đủ: ${faulted.length} tệp chưa được tổng hợp do lỗi chương trình (không phải lỗi của tệp): ${cappedList(faulted.map((r) => r.file), ", ", "tệp")}; ${faultDetail}. Các số liệu dưới đây chưa tính các tệp này.`,
    });
  }
  const generatedAt = request.now ?? new Date().toISOString();
  const exitCode = faulted.length > 0 ? 3 : hasErrors(outcomes) ? 1 : 0;
  const report = buildReport({ request, outcomes, result, sentences, catalogue, generatedAt, exitCode, ...(previous ? { previous } : {}), ...(cutOff ? { cutOff } : {}) });

  progress.step("Ghi tệp kết quả");
  const { writeNationalWorkbook } = await writer;
  const bytes = await writeNationalWorkbook({
    catalogue,
    result,
    files: outcomes.map((o) => ({ file: o.file, sha256: o.sha256, status: o.status, ...(o.unit ? { unit: o.unit } : {}), ...(o.reason ? { reason: o.reason } : {}) })),
    findings: outcomes.flatMap((o) => o.findings.map((finding) => ({ file: o.file, ...(o.unit ? { unit: o.unit } : {}), finding }))),
    sentences,
    generatedAt,
    ...(cutOff ? { cutOff } : {}),
    ...(request.asUnit ? { asUnit: request.asUnit } : {}),
    // Each unit's row as the reading thread packed it: no figures recomputed here.
    unitFigures: (annex, unit) => {
      const figures = figuresOf.get(unit);
      return figures ? annexFigureRow(layout, figures, annex) : undefined;
    },
  }, { compression: nodeCompression });
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
  return { request, outcomes, result, sentences, report, exitCode, faults: { files: faulted, ...(faultLog ? { log: faultLog } : {}) }, ...(previous ? { previous } : {}), ...(cutOff ? { cutOff } : {}), ...(unitOutputs ? { unitOutputs } : {}) };
}
