import {
  catalogue2022,
  catalogueForPeriod,
  parsePeriod,
  periodLabel,
  registryForPeriod,
  type AnnexInputs,
  type Catalogue,
  type Period,
  type Registry,
} from "@phuluc/core/runtime";
import { WorkbookReadError, readWorkbook } from "@phuluc/xlsx/read";
import type { InputFile } from "../input-file.js";
import { ConsolidateError } from "../consolidate-error.js";
import type { PipelineProgress } from "../pipeline-progress.js";
import type { FileRead } from "../read/file-read.js";
import type { FileReader } from "../read/file-reader.js";
import { throwFirstFault } from "../read/fault-error.js";
import { figureLayout, packedInputs } from "../read/figure-layout.js";
import { newestFirst } from "../read/newest-first.js";
import type { ReadSetupData } from "../read/read-setup.js";
import { cappedList } from "../text/capped-list.js";
import { isNationalWorkbook, nationalPeriod, nationalUnitFigures } from "./national-previous.js";
import type { PreviousData } from "./previous-data.js";

/** The previous period's files: a folder of unit workbooks, or one file (the national workbook made for that period, or a unit workbook). */
export type PreviousInput<F extends InputFile = InputFile> = { kind: "folder"; name: string; files: readonly F[] } | { kind: "file"; name: string; file: F };

export interface LoadPreviousOptions<F extends InputFile = InputFile> {
  registries: readonly Registry[];
  setup: ReadSetupData;
  readFiles: FileReader<F>;
  progress?: PipelineProgress;
}

/** National workbooks of 10,000 units are far larger than any unit workbook. */
const NATIONAL_LIMITS = { maxFileBytes: 512 * 1024 * 1024, maxUncompressedBytes: 4096 * 1024 * 1024, maxCells: 50_000_000 };

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function registryOrExplain(registries: readonly Registry[], period: Period): Registry {
  const registry = registryForPeriod(registries, period);
  if (!registry)
    throw new ConsolidateError(
      `không có danh mục đơn vị nào áp dụng cho kỳ trước (${periodLabel(period)}).`,
      "Dùng --registry <tệp> để chỉ ra danh mục đơn vị của kỳ đó.",
    );
  return registry;
}

/** The catalogue of the previous period: the shipped one valid for it (an edited --catalogue is the current period's). */
function previousCatalogue(period: Period): Catalogue {
  return catalogueForPeriod(period) ?? catalogue2022();
}

/** Figures of the previous period from unit workbooks: error-free files of the most common period, the newest file per unit. */
export function previousFromReads(reads: readonly FileRead[], registries: readonly Registry[], name: string, source: "folder" | "workbook"): PreviousData {
  const usable = reads.filter((r) => r.period && r.unit && !r.readError && !r.notAnnex);
  const periodId = mostCommon(usable.map((r) => r.period as string));
  const parsed = periodId ? parsePeriod(periodId) : undefined;
  if (!parsed || !("period" in parsed)) {
    throw new ConsolidateError(
      `không tìm thấy tệp phụ lục nào đọc được ở "${name}" (--previous).`,
      "Chỉ --previous tới thư mục các tệp phụ lục của kỳ trước, hoặc tới tệp tổng hợp của kỳ trước.",
    );
  }
  const period = parsed.period;
  const registry = registryOrExplain(registries, period);
  // The previous period's files are read with their period's catalogue, and decoded with its layout.
  const catalogue = previousCatalogue(period);
  const layout = figureLayout(catalogue);
  const notes: string[] = [];
  const skipped: string[] = [];
  const byUnit = new Map<string, FileRead[]>();
  for (const r of reads) {
    if (!usable.includes(r) || r.period !== period.id || r.registryId !== registry.id || r.catalogueVersion !== catalogue.version) {
      const why =
        r.readError || r.notAnnex
          ? "không phải tệp phụ lục đọc được"
          : r.period !== period.id
            ? `kỳ ${r.period ?? "không rõ"}`
            : r.registryId !== registry.id
              ? "không xác định được đơn vị"
              : `đọc theo mẫu ${r.catalogueVersion ?? "không rõ"}, không phải ${catalogue.version}`;
      skipped.push(`${r.file} (${why})`);
    } else if (r.errors > 0) {
      skipped.push(`${r.file} (${r.errors} lỗi)`);
    } else {
      (byUnit.get(r.unit as string) ?? byUnit.set(r.unit as string, []).get(r.unit as string))?.push(r);
    }
  }
  const units = new Map<string, ReadonlyMap<string, AnnexInputs>>();
  for (const [unit, files] of byUnit) {
    const [newest, ...older] = [...files].sort(newestFirst);
    if (!newest?.figures) continue;
    for (const o of older) skipped.push(`${o.file} (đã dùng tệp mới hơn ${newest.file})`);
    units.set(unit, packedInputs(layout, newest.figures, newest.annexes ?? []));
  }
  notes.push(
    `Kỳ so sánh: ${periodLabel(period)}, số liệu của ${units.size}/${registry.units.length} đơn vị (${source === "folder" ? "thư mục" : "tệp"} ${name}).`,
  );
  if (skipped.length > 0) notes.push(`Kỳ so sánh: không dùng ${skipped.length} tệp: ${cappedList(skipped, "; ", "tệp")}.`);
  return { period, registry, catalogue, units, source, path: name, notes };
}

/**
 * Reads the previous period: a folder of its unit workbooks, the national
 * workbook made for it (its per-unit sheets), or one unit workbook.
 * Inputs are only read.
 */
export async function loadPrevious<F extends InputFile>(input: PreviousInput<F>, options: LoadPreviousOptions<F>): Promise<PreviousData> {
  const { progress } = options;
  if (input.kind === "folder") {
    if (input.files.length === 0)
      throw new ConsolidateError(`thư mục "${input.name}" (--previous) không có tệp nào.`, "Chỉ --previous tới thư mục có các tệp phụ lục của kỳ trước.");
    progress?.step(`Đọc số liệu kỳ trước (${input.files.length} tệp)`, input.files.length);
    const reads = await options.readFiles(input.files, options.setup, (n) => progress?.tick(n));
    progress?.done();
    throwFirstFault(reads);
    return previousFromReads(reads, options.registries, input.name, "folder");
  }
  const bytes = await input.file.read();
  let raw;
  try {
    raw = readWorkbook(bytes, NATIONAL_LIMITS);
  } catch (error) {
    if (error instanceof WorkbookReadError)
      throw new ConsolidateError(
        `không đọc được tệp "${input.name}" (--previous): ${error.code}.`,
        "Chỉ --previous tới tệp .xlsx tổng hợp của kỳ trước hoặc thư mục các tệp phụ lục.",
      );
    throw error;
  }
  if (!isNationalWorkbook(raw)) {
    const reads = await options.readFiles([input.file], options.setup);
    throwFirstFault(reads);
    return previousFromReads(reads, options.registries, input.name, "workbook");
  }
  const period = nationalPeriod(raw);
  if (!period)
    throw new ConsolidateError(
      `không xác định được kỳ báo cáo của tệp tổng hợp "${input.name}" (--previous).`,
      'Trang "_meta" hoặc trang "ĐV PL01" của tệp tổng hợp phải ghi kỳ báo cáo, ví dụ "Kỳ báo cáo: năm 2021".',
    );
  const registry = registryOrExplain(options.registries, period);
  const catalogue = previousCatalogue(period);
  const units = nationalUnitFigures(raw, catalogue, new Set(registry.units.map((u) => u.code)));
  const notes = [`Kỳ so sánh: ${periodLabel(period)}, số liệu của ${units.size}/${registry.units.length} đơn vị (tệp tổng hợp ${input.name}).`];
  return { period, registry, catalogue, units, source: "national", path: input.name, notes };
}
