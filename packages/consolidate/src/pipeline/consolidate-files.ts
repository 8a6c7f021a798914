import {
  consolidate,
  periodLabel,
  reportSentences,
  type Catalogue,
  type ConsolidationResult,
  type Grouping,
  type Period,
  type Registry,
  type ReportSentence,
  type ReportingUnit,
} from "@phuluc/core/runtime";
import type { ZipCompression } from "@phuluc/xlsx/zip";
import { classifyFiles, type FileOutcome } from "../classify/classify-files.js";
import type { InputFile } from "../input-file.js";
import { checkSuccession, withCatalogueSuccession, withScopeNote } from "../previous/comparable-scope.js";
import { loadPrevious, type PreviousInput } from "../previous/load-previous.js";
import { previousByUnit, type PreviousData } from "../previous/previous-data.js";
import type { FileRead } from "../read/file-read.js";
import { readInThisThread, type FileReader } from "../read/file-reader.js";
import { annexFigureRow, figureLayout } from "../read/figure-layout.js";
import type { ReadSetupData } from "../read/read-setup.js";
import { buildReport, type Report } from "../report/report-json.js";
import { cappedList } from "../text/capped-list.js";
import { ConsolidateError } from "../consolidate-error.js";
import type { PipelineProgress } from "../pipeline-progress.js";

export interface ConsolidateFilesOptions<F extends InputFile = InputFile> {
  /** Every file of the folder (already without the excluded ones, or see `exclude`). */
  files: readonly F[];
  /** The folder as the user named it (the JSON report says it). */
  folder: string;
  period: Period;
  /** The unit registries in force (see resolveRegistries), and the one of the period. */
  registries: readonly Registry[];
  registry: Registry;
  /** Registry documents given by the user (--registry), handed to the readers. */
  registryFiles?: unknown[];
  /** The period's catalogue, or an edited one. */
  catalogue: Catalogue;
  /** The edited catalogue's document, handed to the readers (absent: the period's built-in catalogue). */
  catalogueFile?: unknown;
  grouping?: Grouping;
  includeInvalid?: boolean;
  /** Of a unit's different files, use the newest (--prefer newest). */
  preferNewest?: boolean;
  /** Files (names) or folders (name prefixes) not to read (--exclude). */
  exclude?: readonly string[];
  /** The previous period's folder or file (national workbook or unit workbook). */
  previous?: PreviousInput<F>;
  /** The cut-off date of the sentences (default: the most common one of the included files). */
  cutOff?: string;
  /** Consolidate in a unit's name (a province consolidating its communes). */
  asUnit?: ReportingUnit;
  /** How files are read and checked, in parallel (default: in this thread). */
  readFiles?: FileReader<F>;
  progress?: PipelineProgress;
  /** The clock: the ISO time written into the outputs. */
  now?: () => string;
  /** Where the details of faults of the program go; returns the name of the file written, if any. */
  faultLog?: (faulted: readonly FileRead[]) => Promise<string | undefined>;
  /** How the national workbook's parts are compressed (Node passes zlib's). */
  compression?: ZipCompression;
  /** The version of the tool, written in the JSON report. */
  toolVersion: string;
}

export interface Consolidation {
  outcomes: FileOutcome[];
  result: ConsolidationResult;
  sentences: ReportSentence[];
  previous?: PreviousData;
  cutOff?: string;
  generatedAt: string;
  report: Report;
  /** The national workbook, .xlsx bytes. */
  workbook: Uint8Array;
  /** Files whose reading met a fault of the program (not used; the rest is consolidated), and where their details were written. */
  faults: { files: FileRead[]; log?: string };
  /** 0 clean, 1 files not used because of errors, 3 a fault of the program on some files. */
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

/** Whether `name` is one of `exclude` or lies in one of its folders. */
function excluded(name: string, exclude: readonly string[]): boolean {
  return exclude.some((e) => {
    const prefix = e.replace(/\/+$/, "");
    return name === prefix || name.startsWith(`${prefix}/`);
  });
}

/** The previous period, checked against this one: earlier, its units and catalogue leading to this one's. */
async function previousPeriodOf<F extends InputFile>(options: ConsolidateFilesOptions<F>, readFiles: FileReader<F>): Promise<PreviousData | undefined> {
  if (!options.previous) return undefined;
  const { period, registry, catalogue } = options;
  const previous = await loadPrevious(options.previous, {
    registries: options.registries,
    setup: { registryFiles: options.registryFiles ?? [] },
    readFiles,
    ...(options.progress ? { progress: options.progress } : {}),
  });
  if (previous.period.end >= period.start) {
    throw new ConsolidateError(
      `số liệu "${options.previous.name}" (--previous) là của ${periodLabel(previous.period)}, không phải một kỳ trước ${periodLabel(period)}.`,
      "Chỉ --previous tới thư mục hoặc tệp tổng hợp của kỳ trước, ví dụ năm trước.",
    );
  }
  checkSuccession(previous, registry);
  return withCatalogueSuccession(previous, catalogue);
}

/**
 * The whole consolidation over files given as bytes: reads and checks every
 * file, tells which unit each is (duplicates, --prefer newest), consolidates
 * the units' valid returns into national figures against the previous
 * period like for like, and makes the national workbook and the JSON
 * report. Writes nothing anywhere: the caller saves the bytes.
 */
export async function consolidateFiles<F extends InputFile>(options: ConsolidateFilesOptions<F>): Promise<Consolidation> {
  const { period, registry, catalogue, progress } = options;
  const readFiles = options.readFiles ?? (readInThisThread as unknown as FileReader<F>);
  const files = options.exclude?.length ? options.files.filter((f) => !excluded(f.name, options.exclude ?? [])) : options.files;
  let previous = await previousPeriodOf(options, readFiles);
  const setup: ReadSetupData = {
    registryFiles: options.registryFiles ?? [],
    ...(options.catalogueFile === undefined ? { catalogueVersion: catalogue.version } : { catalogueFile: options.catalogueFile }),
  };
  // Unit-level period-over-period rules need the same units in both periods.
  if (previous && previous.registry.id === registry.id && previous.catalogue.version === catalogue.version)
    setup.previous = previousByUnit(previous, periodLabel(previous.period));

  progress?.step(`Đọc và kiểm tra ${files.length} tệp`, files.length);
  const reading = readFiles(files, setup, (n) => progress?.tick(n));
  // The workbook writer (exceljs, slow to load) loads while the readers work:
  // started after them, so its loading does not hold up their start.
  const writer = import("@phuluc/xlsx/national");
  writer.catch(() => undefined);
  const reads = await reading;
  progress?.done();
  // A fault of the program on some files loses nothing else: those files are set aside, named, and the details kept.
  const faulted = reads.filter((r) => r.fault);
  const faultLog = faulted.length === 0 || !options.faultLog ? undefined : await options.faultLog(faulted);

  progress?.step("Tổng hợp số liệu");
  const layout = figureLayout(catalogue);
  const { outcomes, returns } = classifyFiles(reads, {
    catalogue,
    period,
    registry,
    layout,
    preferNewest: options.preferNewest ?? false,
    ...(faultLog ? { faultLog } : {}),
  });
  const readOf = new Map(outcomes.map((o) => [o.file, o.read]));
  const figuresOf = new Map(returns.map((r) => [r.unit, r.file === undefined ? undefined : readOf.get(r.file)?.figures]));
  const result = consolidate(returns, {
    catalogue,
    registry,
    period,
    ...(options.grouping ? { grouping: options.grouping } : {}),
    includeInvalid: options.includeInvalid ?? false,
    ...(previous ? { previous: { period: previous.period, registry: previous.registry, catalogue: previous.catalogue, units: previous.units } } : {}),
  });
  if (previous && result.previous) previous = withScopeNote(previous, result.previous.scope);
  const cutOff = options.cutOff ?? commonCutOff(outcomes);
  const sentences = reportSentences(result, catalogue, cutOff ? { cutOff } : {});
  if (faulted.length > 0) {
    const detail = faultLog ? `chi tiết trong tệp ${faultLog}` : "chi tiết in trên màn hình khi chạy lệnh";
    sentences.unshift({
      text: `Số liệu chưa đầy đủ: ${faulted.length} tệp chưa được tổng hợp do lỗi chương trình (không phải lỗi của tệp): ${cappedList(
        faulted.map((r) => r.file),
        ", ",
        "tệp",
      )}; ${detail}. Các số liệu dưới đây chưa tính các tệp này.`,
    });
  }
  const generatedAt = options.now?.() ?? new Date().toISOString();
  const exitCode = faulted.length > 0 ? 3 : hasErrors(outcomes) ? 1 : 0;
  const report = buildReport({
    folder: options.folder,
    toolVersion: options.toolVersion,
    outcomes,
    result,
    sentences,
    catalogue,
    generatedAt,
    exitCode,
    ...(previous ? { previous } : {}),
    ...(cutOff ? { cutOff } : {}),
  });

  progress?.step("Ghi tệp kết quả");
  const { writeNationalWorkbook } = await writer;
  const workbook = await writeNationalWorkbook(
    {
      catalogue,
      result,
      files: outcomes.map((o) => ({
        file: o.file,
        sha256: o.sha256,
        status: o.status,
        ...(o.unit ? { unit: o.unit } : {}),
        ...(o.reason ? { reason: o.reason } : {}),
      })),
      findings: outcomes.flatMap((o) => o.findings.map((finding) => ({ file: o.file, ...(o.unit ? { unit: o.unit } : {}), finding }))),
      sentences,
      generatedAt,
      ...(cutOff ? { cutOff } : {}),
      ...(options.asUnit ? { asUnit: options.asUnit } : {}),
      // Each unit's row as the reader packed it: no figures recomputed here.
      unitFigures: (annex, unit) => {
        const figures = figuresOf.get(unit);
        return figures ? annexFigureRow(layout, figures, annex) : undefined;
      },
    },
    options.compression ? { compression: options.compression } : {},
  );
  progress?.done();
  return {
    outcomes,
    result,
    sentences,
    generatedAt,
    report,
    workbook,
    exitCode,
    faults: { files: faulted, ...(faultLog ? { log: faultLog } : {}) },
    ...(previous ? { previous } : {}),
    ...(cutOff ? { cutOff } : {}),
  };
}
