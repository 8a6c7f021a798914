import { builtinCatalogues } from "@phuluc/core";
import { flag, type CommandSpec } from "../../cli/command-spec.js";
import { UsageError } from "../../cli/usage-error.js";
import { renderCatalogueCheck, renderCatalogueList, renderCatalogueShow } from "./render-catalogue.js";
import { findBuiltin, runCatalogueCheck } from "./run-catalogue.js";

const C = "catalogue";
const ACTIONS = "list (liệt kê), show <phiên bản> (xem), check <tệp|thư mục> (kiểm tra)";

export const catalogueCommand: CommandSpec = {
  name: C,
  summary: "xem và kiểm tra danh mục biểu mẫu (các phụ lục, dòng, cột, quy tắc, câu báo cáo)",
  usage: ["list", "show <phiên bản|mã> [--json]", "check <tệp.json|thư mục>"],
  positionals: { min: 1, max: 2, name: "việc cần làm" },
  options: {
    json: { type: "boolean", description: "show: in nguyên văn tệp JSON của danh mục" },
  },
  examples: ["phuluc catalogue list", "phuluc catalogue show 2025.2", "phuluc catalogue show 2025.2 --json > danh-muc/catalogue.json", "phuluc catalogue check danh-muc/"],
  async execute(args, io) {
    const [action, name] = args.positionals;
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
      default:
        throw new UsageError(`không có việc "${action ?? ""}" của lệnh catalogue.`, `Dùng một trong: ${ACTIONS}.`, C);
    }
  },
};
