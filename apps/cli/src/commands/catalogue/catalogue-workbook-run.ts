import { access, mkdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { builtinCatalogueDocuments, builtinCatalogues, catalogueLabel, type Catalogue } from "@phuluc/core";
import { loadCatalogueArgument, readCatalogueArgument } from "../../cli/catalogue-args.js";
import { WorkbookReadError } from "@phuluc/xlsx/read";
import { UsageError, ioReason } from "../../cli/usage-error.js";
import { writeFileAtomic } from "../../io/atomic-write.js";
import { findBuiltin } from "./run-catalogue.js";

const C = "catalogue";
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** A catalogue named by a shipped id or version, or an edited FILE|DIR: loaded, with its document. */
export async function catalogueNamed(name: string, cwd: string, action: string): Promise<{ catalogue: Catalogue; document: unknown; label: string }> {
  const shipped = builtinCatalogues().findIndex((c) => c.id === name || c.version === name);
  if (shipped >= 0) return { catalogue: builtinCatalogues()[shipped]!, document: builtinCatalogueDocuments()[shipped], label: name };
  const version = /^\d{4}\.\d+$/.test(name);
  if ((version || !/[/\\.]/.test(name)) && !(await exists(resolve(cwd, name)))) return { ...findBuiltin(name), label: name };
  const argument = await readCatalogueArgument(name, `catalogue ${action}`, C, cwd);
  return { catalogue: await loadCatalogueArgument(argument, C), document: argument.json, label: argument.path };
}

async function refuseExisting(path: string, shown: string, force: boolean): Promise<void> {
  if (!force && (await exists(path))) throw new UsageError(`tệp "${shown}" đã có; không ghi đè.`, "Chọn tên khác sau --out, hoặc thêm --force để ghi đè.", C);
}

/** `catalogue to-xlsx ID|FILE --out X.xlsx`. */
export async function runCatalogueToXlsx(name: string, out: string, force: boolean, cwd: string): Promise<string> {
  const { catalogue, document } = await catalogueNamed(name, cwd, "to-xlsx");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out cần tên tệp .xlsx, đang ghi "${out}".`, "Ví dụ: --out danh-muc-2025.xlsx", C);
  const path = resolve(cwd, out);
  await refuseExisting(path, out, force);
  const { writeCatalogueWorkbook, CATALOGUE_SHEETS } = await import("../../writers/workbook-writers.js");
  await writeFileAtomic(path, await writeCatalogueWorkbook(document)).catch((error: unknown) => {
    throw new UsageError(`không ghi được tệp "${out}": ${ioReason(error)}.`, "Kiểm tra thư mục và quyền ghi.", C);
  });
  return `Đã ghi danh mục biểu mẫu ${catalogueLabel(catalogue)} thành tệp ${out} (các trang: ${Object.values(CATALOGUE_SHEETS)
    .map((sheet) => sheet.name)
    .join(", ")}).\nSửa trong Excel rồi đọc lại: phuluc catalogue from-xlsx ${out} --out <thư mục>\n`;
}

export interface FromXlsxRun {
  text: string;
  exitCode: 0 | 1;
}

/** `catalogue from-xlsx X.xlsx --out DIR`: the workbook back to DIR/catalogue.json, written only when the catalogue is right. */
export async function runCatalogueFromXlsx(file: string, out: string, force: boolean, cwd: string): Promise<FromXlsxRun> {
  const bytes = await readFile(resolve(cwd, file)).catch((error: unknown) => {
    throw new UsageError(`không đọc được tệp "${file}": ${ioReason(error)}.`, "Kiểm tra lại đường dẫn tới tệp .xlsx của danh mục.", C);
  });
  const { readCatalogueWorkbook } = await import("../../writers/workbook-writers.js");
  let read;
  try {
    read = readCatalogueWorkbook(new Uint8Array(bytes));
  } catch (error) {
    if (error instanceof WorkbookReadError)
      throw new UsageError(
        `tệp "${file}" không phải tệp Excel (.xlsx) đọc được (${error.code}).`,
        "Dùng tệp do phuluc catalogue to-xlsx tạo ra, đã sửa và lưu dạng .xlsx.",
        C,
      );
    throw error;
  }
  const problems = read.issues.map((i) => `  - trang "${i.sheet}"${i.cell ? `, ô ${i.cell}` : ""}: ${i.message}`);
  if (read.issues.length === 0) {
    const { checkCatalogue } = await import("../../documents/document-checks.js");
    for (const issue of checkCatalogue(read.document, builtinCatalogues()).issues) {
      const at = read.locator.locate(issue.path);
      problems.push(`  - ${at ? `trang "${at.sheet}"${at.cell ? `, ô ${at.cell}` : ""}` : issue.path || "(gốc)"}: ${issue.message}`);
    }
  }
  if (problems.length > 0) {
    return { exitCode: 1, text: `Tệp ${file}: ${problems.length} lỗi, chưa ghi danh mục.\n${problems.join("\n")}\nSửa các ô trên trong Excel rồi chạy lại.\n` };
  }
  const dir = resolve(cwd, out);
  const target = join(dir, "catalogue.json");
  await refuseExisting(target, join(out, "catalogue.json"), force);
  await mkdir(dir, { recursive: true });
  await writeFileAtomic(target, `${JSON.stringify(read.document, null, 2)}\n`);
  const version = typeof read.document.version === "string" ? read.document.version : "";
  return { exitCode: 0, text: `Đã ghi danh mục biểu mẫu ${version} vào ${join(out, "catalogue.json")}; dùng bằng --catalogue ${out}\n` };
}
