import { builtinCatalogues, diffCatalogues } from "@phuluc/core";
import { flag, stringOption, type ParsedArgs } from "../../cli/command-spec.js";
import { UsageError } from "../../cli/usage-error.js";
import { renderCatalogueCheck, renderCatalogueList, renderCatalogueShow } from "./render-catalogue.js";
import { findBuiltin, runCatalogueCheck } from "./run-catalogue.js";
import { renderCatalogueDiff } from "./catalogue-diff-text.js";
import { catalogueNamed, runCatalogueFromXlsx, runCatalogueToXlsx } from "./catalogue-workbook-run.js";
import type { Io } from "../../io/io.js";
import { C } from "./catalogue-command.js";

const ACTIONS =
  "list (liệt kê), show <phiên bản> (xem), check <tệp|thư mục> (kiểm tra), diff <A> <B> (so sánh), to-xlsx <phiên bản|tệp> --out <tệp.xlsx> (ghi ra Excel), from-xlsx <tệp.xlsx> --out <thư mục> (đọc lại từ Excel)";

/** `phuluc catalogue`: runs the command once its arguments are parsed; resolves to the exit code. */
export async function executeCatalogue(args: ParsedArgs, io: Io): Promise<number> {
  const [action, name, second] = args.positionals;
  const out = () => {
    const value = stringOption(args, "out");
    if (value === undefined)
      throw new UsageError(
        `thiếu --out sau "catalogue ${action ?? ""}".`,
        action === "to-xlsx" ? "Ví dụ: --out danh-muc-2025.xlsx" : "Ví dụ: --out danh-muc/",
        C,
      );
    return value;
  };
  const need = (what: string) => {
    if (name === undefined)
      throw new UsageError(
        `thiếu ${what} sau "catalogue ${action}".`,
        `Ví dụ: phuluc catalogue ${action} ${action === "show" ? "2025.2" : "danh-muc/catalogue.json"}`,
        C,
      );
    return name;
  };
  switch (action) {
    case "list":
      io.out(renderCatalogueList(builtinCatalogues()));
      return 0;
    case "show": {
      const found = findBuiltin(need("phiên bản danh mục"));
      io.out(flag(args, "json") ? `${JSON.stringify(found.document, null, 2)}\n` : renderCatalogueShow(found.catalogue));
      return 0;
    }
    case "check": {
      const run = await runCatalogueCheck(need("tệp danh mục"), io.cwd);
      io.out(renderCatalogueCheck(run));
      return run.exitCode;
    }
    case "diff": {
      const a = await catalogueNamed(need("hai danh mục cần so sánh"), io.cwd, "diff");
      if (second === undefined)
        throw new UsageError(`thiếu danh mục thứ hai sau "catalogue diff ${name ?? ""}".`, "Ví dụ: phuluc catalogue diff 2022.1 2025.2", C);
      const b = await catalogueNamed(second, io.cwd, "diff");
      io.out(renderCatalogueDiff(a.catalogue, b.catalogue, diffCatalogues(a.catalogue, b.catalogue)));
      return 0;
    }
    case "to-xlsx":
      io.out(await runCatalogueToXlsx(need("phiên bản hoặc tệp danh mục"), out(), flag(args, "force"), io.cwd));
      return 0;
    case "from-xlsx": {
      const run = await runCatalogueFromXlsx(need("tệp .xlsx của danh mục"), out(), flag(args, "force"), io.cwd);
      io.out(run.text);
      return run.exitCode;
    }
    default:
      throw new UsageError(`không có việc "${action ?? ""}" của lệnh catalogue.`, `Dùng một trong: ${ACTIONS}.`, C);
  }
}
