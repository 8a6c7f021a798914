import { builtinCatalogues, diffCatalogues } from "@phuluc/core";
import { flag, stringOption, type CommandSpec } from "../../cli/command-spec.js";
import { UsageError } from "../../cli/usage-error.js";
import { renderCatalogueCheck, renderCatalogueList, renderCatalogueShow } from "./render-catalogue.js";
import { findBuiltin, runCatalogueCheck } from "./run-catalogue.js";
import { renderCatalogueDiff } from "./catalogue-diff-text.js";
import { catalogueNamed, runCatalogueFromXlsx, runCatalogueToXlsx } from "./catalogue-workbook-run.js";

const C = "catalogue";
const ACTIONS =
  "list (liệt kê), show <phiên bản> (xem), check <tệp|thư mục> (kiểm tra), diff <A> <B> (so sánh), to-xlsx <phiên bản|tệp> --out <tệp.xlsx> (ghi ra Excel), from-xlsx <tệp.xlsx> --out <thư mục> (đọc lại từ Excel)";

export const catalogueCommand: CommandSpec = {
  name: C,
  summary: "xem, kiểm tra, so sánh và sửa (qua Excel) danh mục biểu mẫu (các phụ lục, dòng, cột, quy tắc, câu báo cáo)",
  usage: [
    "list",
    "show <phiên bản|mã> [--json]",
    "check <tệp.json|thư mục>",
    "diff <phiên bản|tệp> <phiên bản|tệp>",
    "to-xlsx <phiên bản|tệp> --out <tệp.xlsx> [--force]",
    "from-xlsx <tệp.xlsx> --out <thư mục> [--force]",
  ],
  positionals: { min: 1, max: 3, name: "việc cần làm" },
  options: {
    json: { type: "boolean", description: "show: in nguyên văn tệp JSON của danh mục" },
    out: { type: "string", value: "<tệp|thư mục>", example: "danh-muc-2025.xlsx", description: "to-xlsx: tệp .xlsx ghi ra; from-xlsx: thư mục ghi catalogue.json" },
    force: { type: "boolean", description: "to-xlsx, from-xlsx: ghi đè tệp đã có" },
  },
  examples: [
    "phuluc catalogue list",
    "phuluc catalogue show 2025.2",
    "phuluc catalogue show 2025.2 --json > danh-muc/catalogue.json",
    "phuluc catalogue check danh-muc/",
    "phuluc catalogue diff 2022.1 2025.2",
    "phuluc catalogue to-xlsx 2025.2 --out danh-muc-2025.xlsx",
    "phuluc catalogue from-xlsx danh-muc-2025.xlsx --out danh-muc/",
  ],
  async execute(args, io) {
    const [action, name, second] = args.positionals;
    const out = () => {
      const value = stringOption(args, "out");
      if (value === undefined) throw new UsageError(`thiếu --out sau "catalogue ${action ?? ""}".`, action === "to-xlsx" ? "Ví dụ: --out danh-muc-2025.xlsx" : "Ví dụ: --out danh-muc/", C);
      return value;
    };
    const need = (what: string) => {
      if (name === undefined) throw new UsageError(`thiếu ${what} sau "catalogue ${action}".`, `Ví dụ: phuluc catalogue ${action} ${action === "show" ? "2025.2" : "danh-muc/catalogue.json"}`, C);
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
        if (second === undefined) throw new UsageError(`thiếu danh mục thứ hai sau "catalogue diff ${name ?? ""}".`, "Ví dụ: phuluc catalogue diff 2022.1 2025.2", C);
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
  },
};
