import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { SchemaError, catalogueForPeriod, catalogueLabel, periodLabel, type Catalogue, type Period } from "@phuluc/core";
import { readJsonArgument } from "./common-args.js";
import { stringOption, type ParsedArgs } from "./command-spec.js";
import { UsageError } from "./usage-error.js";

/** A catalogue document given on the command line: where it is and its parsed JSON (not yet checked). */
export interface CatalogueArgument {
  path: string;
  json: unknown;
}

/** Reads `FILE` or `DIR/catalogue.json`. */
export async function readCatalogueArgument(path: string, option: string, command: string, cwd: string): Promise<CatalogueArgument> {
  const full = resolve(cwd, path);
  const isDir = await stat(full).then(
    (s) => s.isDirectory(),
    () => false,
  );
  const file = isDir ? join(full, "catalogue.json") : full;
  return { path: isDir ? join(path, "catalogue.json") : path, json: await readJsonArgument(file, "tệp danh mục biểu mẫu", option, command, cwd) };
}

/** `--catalogue <file|dir>`, read but not yet checked. */
export async function catalogueArgument(args: ParsedArgs, command: string, cwd: string): Promise<CatalogueArgument | undefined> {
  const path = stringOption(args, "catalogue");
  return path === undefined ? undefined : readCatalogueArgument(path, "--catalogue", command, cwd);
}

/** Loads an edited catalogue; its problems become a usage error listing each with its place. */
export async function loadCatalogueArgument(argument: CatalogueArgument, command: string): Promise<Catalogue> {
  const { loadCatalogue } = await import("../documents/document-checks.js");
  try {
    return loadCatalogue(argument.json);
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    const lines = error.issues.map((i) => `  - ${i.path || "(gốc)"}: ${i.message}`).join("\n");
    throw new UsageError(
      `tệp danh mục biểu mẫu "${argument.path}" không hợp lệ:\n${lines}`,
      `Sửa tệp theo các dòng trên, kiểm tra lại bằng: phuluc catalogue check ${argument.path}`,
      command,
    );
  }
}

/** The catalogue a command uses for a period: the edited one when given, else the built-in one valid for the period. */
export function catalogueFor(period: Period, edited: Catalogue | undefined, command: string): Catalogue {
  if (edited) return edited;
  const catalogue = catalogueForPeriod(period);
  if (!catalogue) {
    throw new UsageError(
      `không có danh mục biểu mẫu nào áp dụng cho ${periodLabel(period)}.`,
      "Dùng --catalogue <tệp> để chỉ ra danh mục biểu mẫu cho kỳ này.",
      command,
    );
  }
  return catalogue;
}

/** The line each command prints to say which catalogue it used. */
export function catalogueUsedLine(catalogue: Catalogue, edited?: CatalogueArgument): string {
  const source = edited ? `tệp ${edited.path}` : "có sẵn";
  const provisional = catalogue.status === "provisional" ? "; danh mục tạm thời, chờ Ban Tổ chức Trung ương xác nhận" : "";
  return `Danh mục biểu mẫu: ${catalogueLabel(catalogue)} — ${catalogue.title} (${source}${provisional}).`;
}

/** Said when each file is checked against its own period's catalogue. */
export function perPeriodCataloguesLine(catalogues: readonly Catalogue[]): string {
  const each = catalogues.map((c) => `${catalogueLabel(c)} ${validityText(c)}`);
  return `Danh mục biểu mẫu: theo kỳ của từng tệp (${each.join("; ")}).`;
}

const dmy = (iso: string) => iso.split("-").reverse().join("/");

/** `từ 01/07/2025`, `đến 30/06/2025`, `từ … đến …`. */
export function validityText(catalogue: Pick<Catalogue, "validFrom" | "validTo">): string {
  const { validFrom, validTo } = catalogue;
  if (validFrom && validTo) return `từ ${dmy(validFrom)} đến ${dmy(validTo)}`;
  if (validFrom) return `từ ${dmy(validFrom)}`;
  if (validTo) return `đến ${dmy(validTo)}`;
  return "không giới hạn thời gian";
}
