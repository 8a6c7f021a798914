import { stat, readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { catalogue2022, catalogueForPeriod, parsePeriod, periodLabel, registryForPeriod, type AnnexInputs, type Catalogue, type Period, type Registry } from "@phuluc/core";
import { WorkbookReadError, readWorkbook } from "@phuluc/xlsx/read";
import { UsageError, ioReason } from "../cli/usage-error.js";
import { listFiles } from "../io/list-files.js";
import type { Progress } from "../io/progress.js";
import type { FileRead } from "../read/file-read.js";
import { figureLayout, packedInputs } from "../read/figure-layout.js";
import { newestFirst } from "../read/newest-first.js";
import { throwFirstFault } from "../read/fault-error.js";
import { readAll } from "../read/read-pool.js";
import type { ReadSetupData } from "../read/read-setup.js";
import { isNationalWorkbook, nationalPeriod, nationalUnitFigures } from "./national-previous.js";
import { cappedList } from "../cli/capped-list.js";
import type { PreviousData } from "./previous-data.js";

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

/** National workbooks of 10,000 units are far larger than any unit workbook. */
const NATIONAL_LIMITS = { maxFileBytes: 512 * 1024 * 1024, maxUncompressedBytes: 4096 * 1024 * 1024, maxCells: 50_000_000 };

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function registryOrExplain(registries: readonly Registry[], period: Period, command: string): Registry {
  const registry = registryForPeriod(registries, period);
  if (!registry) throw new UsageError(`không có danh mục đơn vị nào áp dụng cho kỳ trước (${periodLabel(period)}).`, "Dùng --registry <tệp> để chỉ ra danh mục đơn vị của kỳ đó.", command);
  return registry;
}

/** Figures of the previous period from unit workbooks: error-free files of the most common period, the newest file per unit. */
function fromReads(reads: readonly FileRead[], options: LoadPreviousOptions, source: "folder" | "workbook"): PreviousData {
  const usable = reads.filter((r) => r.period && r.unit && !r.readError && !r.notAnnex);
  const periodId = mostCommon(usable.map((r) => r.period as string));
  const parsed = periodId ? parsePeriod(periodId) : undefined;
  if (!parsed || !("period" in parsed)) {
    throw new UsageError(`không tìm thấy tệp phụ lục nào đọc được ở "${options.path}" (--previous).`, "Chỉ --previous tới thư mục các tệp phụ lục của kỳ trước, hoặc tới tệp tổng hợp của kỳ trước.", options.command);
  }
  const period = parsed.period;
  const registry = registryOrExplain(options.registries, period, options.command);
  // The previous period's files are read with their period's catalogue, and decoded with its layout.
  const catalogue = previousCatalogue(period);
  const layout = figureLayout(catalogue);
  const notes: string[] = [];
  const skipped: string[] = [];
  const byUnit = new Map<string, FileRead[]>();
  for (const r of reads) {
    if (!usable.includes(r) || r.period !== period.id || r.registryId !== registry.id || r.catalogueVersion !== catalogue.version) {
      const why = r.readError || r.notAnnex ? "không phải tệp phụ lục đọc được" : r.period !== period.id ? `kỳ ${r.period ?? "không rõ"}` : r.registryId !== registry.id ? "không xác định được đơn vị" : `đọc theo mẫu ${r.catalogueVersion ?? "không rõ"}, không phải ${catalogue.version}`;
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
  notes.push(`Kỳ so sánh: ${periodLabel(period)}, số liệu của ${units.size}/${registry.units.length} đơn vị (${source === "folder" ? "thư mục" : "tệp"} ${options.path}).`);
  if (skipped.length > 0) notes.push(`Kỳ so sánh: không dùng ${skipped.length} tệp: ${cappedList(skipped, "; ", "tệp")}.`);
  return { period, registry, catalogue, units, source, path: options.path, notes };
}

/** The catalogue of the previous period: the shipped one valid for it (an edited --catalogue is the current period's). */
function previousCatalogue(period: Period): Catalogue {
  return catalogueForPeriod(period) ?? catalogue2022();
}

/**
 * Reads `--previous`: a folder of the previous period's unit workbooks, the
 * national workbook made for that period (its per-unit sheets), or one
 * unit workbook. Inputs are only read.
 */
export async function loadPrevious(options: LoadPreviousOptions): Promise<PreviousData> {
  const path = resolve(options.cwd, options.path);
  const info = await stat(path).catch((error: unknown) => {
    throw new UsageError(`không tìm thấy "${options.path}" (--previous): ${ioReason(error)}.`, "Chỉ --previous tới thư mục hoặc tệp của kỳ trước.", options.command);
  });
  if (info.isDirectory()) {
    const files = await listFiles(path);
    if (files.length === 0) throw new UsageError(`thư mục "${options.path}" (--previous) không có tệp nào.`, "Chỉ --previous tới thư mục có các tệp phụ lục của kỳ trước.", options.command);
    options.progress.step(`Đọc số liệu kỳ trước (${files.length} tệp)`, files.length);
    const reads = await readAll(files, { setup: options.setup, ...(options.threads === undefined ? {} : { threads: options.threads }), onProgress: (n) => options.progress.tick(n) });
    options.progress.done();
    throwFirstFault(reads);
    return fromReads(reads, options, "folder");
  }
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new UsageError(`không đọc được tệp "${options.path}" (--previous): ${ioReason(error)}.`, "Kiểm tra lại đường dẫn sau --previous.", options.command);
  });
  let raw;
  try {
    raw = readWorkbook(bytes, NATIONAL_LIMITS);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new UsageError(`không đọc được tệp "${options.path}" (--previous): ${error.code}.`, "Chỉ --previous tới tệp .xlsx tổng hợp của kỳ trước hoặc thư mục các tệp phụ lục.", options.command);
    throw error;
  }
  if (!isNationalWorkbook(raw)) {
    const reads = await readAll([{ path, file: options.path }], { setup: options.setup, threads: 0 });
    throwFirstFault(reads);
    return fromReads(reads, options, "workbook");
  }
  const period = nationalPeriod(raw);
  if (!period) throw new UsageError(`không xác định được kỳ báo cáo của tệp tổng hợp "${options.path}" (--previous).`, 'Trang "ĐV PL01" của tệp tổng hợp phải có dòng "Kỳ báo cáo: năm 2021 …".', options.command);
  const registry = registryOrExplain(options.registries, period, options.command);
  const catalogue = previousCatalogue(period);
  const units = nationalUnitFigures(raw, catalogue, new Set(registry.units.map((u) => u.code)));
  const notes = [`Kỳ so sánh: ${periodLabel(period)}, số liệu của ${units.size}/${registry.units.length} đơn vị (tệp tổng hợp ${options.path}).`];
  return { period, registry, catalogue, units, source: "national", path: options.path, notes };
}
