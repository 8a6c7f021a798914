import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  GroupingError,
  RegistryError,
  isIsoDate,
  parsePeriod,
  parseVietnameseDate,
  periodLabel,
  registryForPeriod,
  type Grouping,
  type Period,
  type Registry,
} from "@phuluc/core";
import { resolveRegistries } from "@phuluc/consolidate";
import { stringOption, type ParsedArgs } from "./command-spec.js";
import { UsageError, ioReason } from "./usage-error.js";

const PERIOD_HINT = "Ghi kỳ theo dạng 2022-Y (năm 2022), 2022-H1 (6 tháng đầu năm 2022) hoặc 2023-Q1 (quý I năm 2023), ví dụ --period 2022-Y.";

/** `--period`, required and valid. */
export function requirePeriod(args: ParsedArgs, command: string): Period {
  const text = stringOption(args, "period");
  if (text === undefined) throw new UsageError("thiếu kỳ báo cáo (--period).", PERIOD_HINT, command);
  return periodFrom(text, command, "--period");
}

export function periodFrom(text: string, command: string, option: string): Period {
  const parsed = parsePeriod(text.trim());
  if ("period" in parsed) return parsed.period;
  throw new UsageError(`kỳ báo cáo "${text}" (${option}) không hợp lệ.`, PERIOD_HINT, command);
}

/** Reads a JSON file given on the command line, explaining what went wrong. */
export async function readJsonArgument(path: string, what: string, option: string, command: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), "utf8");
  } catch (error) {
    throw new UsageError(`không đọc được ${what} "${path}" (${option}): ${ioReason(error)}.`, `Kiểm tra lại đường dẫn sau ${option}.`, command);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `${what} "${path}" không phải JSON hợp lệ (${detail}).`,
      `Mở tệp bằng trình soạn thảo văn bản và sửa lỗi cú pháp JSON (dấu phẩy, ngoặc, dấu nháy kép).`,
      command,
    );
  }
}

/** `--registry <file>` parsed (not yet checked), as a list. */
export async function registryFiles(args: ParsedArgs, command: string, cwd: string): Promise<unknown[]> {
  const path = stringOption(args, "registry");
  if (path === undefined) return [];
  return [await readJsonArgument(path, "tệp danh mục đơn vị", "--registry", command, cwd)];
}

/** The registries in force, with the custom registry file checked. */
export async function registriesOrExplain(files: readonly unknown[], command: string): Promise<Registry[]> {
  try {
    return await resolveRegistries(files);
  } catch (error) {
    if (error instanceof RegistryError)
      throw new UsageError(error.message, "Sửa tệp danh mục đơn vị theo các dòng trên (mỗi dòng ghi vị trí trong tệp JSON).", command);
    throw error;
  }
}

/** The registry valid for the period, or a usage error naming the period. */
export function registryFor(registries: readonly Registry[], period: Period, command: string): Registry {
  const registry = registryForPeriod(registries, period);
  if (!registry) {
    throw new UsageError(
      `không có danh mục đơn vị nào áp dụng cho ${periodLabel(period)}.`,
      "Dùng --registry <tệp> để chỉ ra danh mục đơn vị có hiệu lực cho kỳ này.",
      command,
    );
  }
  return registry;
}

/** `--grouping <file>` checked against the registry. */
export async function groupingOption(args: ParsedArgs, registry: Registry, command: string, cwd: string): Promise<Grouping | undefined> {
  const path = stringOption(args, "grouping");
  if (path === undefined) return undefined;
  const json = await readJsonArgument(path, "tệp phân nhóm", "--grouping", command, cwd);
  const { loadGrouping } = await import("../documents/document-checks.js");
  try {
    return loadGrouping(json, registry);
  } catch (error) {
    if (error instanceof GroupingError || error instanceof RegistryError) {
      throw new UsageError(error.message, `Sửa tệp phân nhóm "${path}" theo các dòng trên; tên đơn vị phải có trong ${registry.title}.`, command);
    }
    throw error;
  }
}

/** `--cut-off`: ISO `2022-12-05` or Vietnamese `05/12/2022`. */
export function cutOffOption(args: ParsedArgs, command: string): string | undefined {
  const text = stringOption(args, "cut-off");
  if (text === undefined) return undefined;
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const parsed = parseVietnameseDate(t);
  if (parsed) return parsed;
  throw new UsageError(`ngày chốt số liệu "${text}" (--cut-off) không hợp lệ.`, "Ghi ngày theo dạng 2022-12-05 hoặc 05/12/2022.", command);
}

/** `--threads`: a whole number ≥ 0. */
export function threadsOption(args: ParsedArgs, command: string): number | undefined {
  const text = stringOption(args, "threads");
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new UsageError(`số luồng "${text}" (--threads) không hợp lệ.`, "Ghi một số nguyên từ 0 (đọc trong luồng chính) đến 64.", command);
  return n;
}
